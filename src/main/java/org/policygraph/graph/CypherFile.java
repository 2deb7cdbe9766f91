package org.policygraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cypher kept in resource files, read once: single queries in src/main/resources/cypher/NAME.cypher, and
 * scripts of several statements separated by ';' (with // comments) such as graph-import/V0001__schema.cypher.
 */
public final class CypherFile {
    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

    private CypherFile() {
    }

    public static String named(String name) {
        return LOADED.computeIfAbsent("cypher/" + name + ".cypher", CypherFile::load);
    }

    /** The statements of a script, comments removed. */
    public static List<String> statements(String resourcePath) {
        String text = LOADED.computeIfAbsent(resourcePath, CypherFile::load).replaceAll("(?m)^\\s*//.*$", "");
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String load(String path) {
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
