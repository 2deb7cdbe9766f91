package org.policygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.policygraph.parse.Sha256;

/**
 * A fingerprint of what turns a file into graph rows: the parse and extract code, the import Cypher and the
 * dictionaries. An upgrade that would extract differently re-imports even unchanged files; one that changes only
 * the web page or the asker keeps the graph (and its embeddings) as they are.
 */
public final class ExtractorVersion {
    private static final List<String> INPUTS = List.of("org/policygraph/ingest/", "org/policygraph/parse/",
            "org/policygraph/extract/", "org/policygraph/progress/", "org/policygraph/graph/write/ImportParameters",
            "org/policygraph/graph/write/GraphWriter", "org/policygraph/graph/write/Progress",
            "cypher/import-", "graph-import/V0001__schema.cypher", "graph-import/box-words.txt",
            "graph-import/departments.tsv", "graph-import/doc-number-issuers.tsv", "graph-import/metadata-fields.tsv",
            "graph-import/metric-synonyms.tsv", "graph-import/roles.tsv", "graph-import/standing-notes.tsv",
            "graph-import/progress-");

    private ExtractorVersion() {
    }

    public static String current() {
        try {
            Path code = Path.of(ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            TreeMap<String, byte[]> inputs = Files.isDirectory(code) ? fromDirectory(code) : fromJar(code);
            List<byte[]> parts = new ArrayList<>();
            inputs.forEach((name, bytes) -> {
                parts.add(name.getBytes(StandardCharsets.UTF_8));
                parts.add(bytes);
            });
            return Sha256.hex(parts.toArray(byte[][]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot fingerprint the extractor", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot fingerprint the extractor: " + e.getMessage(), e);
        }
    }

    public static boolean isInput(String name) {
        return INPUTS.stream().anyMatch(name::startsWith) && !name.endsWith("/");
    }

    private static TreeMap<String, byte[]> fromJar(Path jar) throws IOException {
        TreeMap<String, byte[]> inputs = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (var entry : file.stream().filter(e -> isInput(e.getName())).toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    inputs.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return inputs;
    }

    private static TreeMap<String, byte[]> fromDirectory(Path root) throws IOException {
        TreeMap<String, byte[]> inputs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (isInput(name)) {
                    inputs.put(name, Files.readAllBytes(file));
                }
            }
        }
        return inputs;
    }
}
