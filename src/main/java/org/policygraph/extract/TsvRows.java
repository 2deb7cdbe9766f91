package org.policygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Two-column rows of a tab-separated resource (lines starting with # are comments), in file order. */
final class TsvRows {
    private TsvRows() {
    }

    static Map<String, String> pairs(String resource) {
        InputStream in = TsvRows.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                String[] cols = line.split("\t");
                if (!line.isBlank() && !line.startsWith("#") && cols.length >= 2) {
                    out.put(cols[0].trim(), cols[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return out;
    }
}
