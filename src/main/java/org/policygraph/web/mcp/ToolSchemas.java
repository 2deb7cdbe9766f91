package org.policygraph.web.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The JSON schemas of a tool's input and output, read from mcp/NAME.input.json and mcp/NAME.output.json. */
final class ToolSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolSchemas() {
    }

    static Map<String, Object> input(String tool) {
        return load("mcp/" + tool + ".input.json");
    }

    static Map<String, Object> output(String tool) {
        return load("mcp/" + tool + ".output.json");
    }

    private static Map<String, Object> load(String path) {
        try (InputStream in = ToolSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return JSON.readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
