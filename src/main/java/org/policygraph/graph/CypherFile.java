package org.policygraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Cypher statements kept in src/main/resources/cypher/NAME.cypher, read once. */
final class CypherFile {
    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

    private CypherFile() {
    }

    static String named(String name) {
        return LOADED.computeIfAbsent(name, CypherFile::load);
    }

    private static String load(String name) {
        String path = "cypher/" + name + ".cypher";
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
