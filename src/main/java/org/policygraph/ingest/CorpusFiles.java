package org.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files an import reads: the corpus shipped inside the jar, or the paths given on the command line. */
public final class CorpusFiles {
    public static final String SHIPPED = "graph-import/corpus";

    /**
     * One input file: its name as stored in the graph and its bytes. A document of an {@code uploaded} file that has
     * no number is keyed by its text, not by the file's name (see {@link FileExtraction}).
     */
    public record SourceFile(String name, byte[] content, boolean uploaded) {
        public SourceFile(String name, byte[] content) {
            this(name, content, false);
        }

        public static SourceFile upload(String name, byte[] content) {
            return new SourceFile(name, content, true);
        }
    }

    private CorpusFiles() {
    }

    public static List<SourceFile> shipped() {
        URL url = CorpusFiles.class.getClassLoader().getResource(SHIPPED);
        if (url == null) {
            throw new IllegalStateException("The shipped corpus " + SHIPPED + " is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(List.of(jar.getPath(SHIPPED)));
                }
            }
            return read(List.of(Path.of(uri)));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the shipped corpus: " + e.getMessage(), e);
        }
    }

    /**
     * Reads files, and every file of directories sorted by name (not their subdirectories, nor hidden files such
     * as .DS_Store): which of them can be imported is the formats' call, so that a file of a format that is not
     * read is reported rather than silently passed over.
     */
    public static List<SourceFile> read(List<Path> paths) {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("No such file or directory: " + path);
            }
            for (Path file : expand(path)) {
                try {
                    files.add(new SourceFile(file.getFileName().toString(), Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            }
        }
        return files;
    }

    private static List<Path> expand(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }
}
