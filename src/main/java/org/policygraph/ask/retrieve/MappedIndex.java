package org.policygraph.ask.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.MMapDirectory;

/**
 * A Lucene index written once, merged into one segment, and read memory-mapped: searching a heap
 * ByteBuffersDirectory spent a fifth of its time slicing buffers. {@link #build} writes into a temporary directory
 * whose files are unlinked as soon as the reader has them open (a mapped file lives on until it is unmapped);
 * {@link #save} writes beside the final folder and moves it into place whole, so a reader never sees half an index.
 */
final class MappedIndex {
    interface Filler {
        void fill(IndexWriter writer) throws IOException;
    }

    private MappedIndex() {
    }

    static IndexSearcher build(String name, IndexWriterConfig config, Filler filler) {
        try {
            Path folder = Files.createTempDirectory("policygraph-" + name);
            try {
                write(folder, config, filler);
                return open(folder).orElseThrow();
            } finally {
                delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the " + name + " index", e);
        }
    }

    /** Builds into {@code folder}, kept; another process that saved the same index first wins, and its is opened. */
    static IndexSearcher save(Path folder, IndexWriterConfig config, Filler filler) {
        try {
            Files.createDirectories(folder.getParent());
            Path partial = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".partial-");
            try {
                write(partial, config, filler);
                Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                delete(partial);
            }
            return open(folder).orElseThrow(() -> new IOException("The saved index vanished: " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the index in " + folder, e);
        }
    }

    /**
     * The index of {@code source} changed by {@code changes} into {@code folder}: source's files hard-linked beside
     * the final folder (its lock aside), appended to and committed there, then moved into place whole.
     */
    static IndexSearcher update(Path source, Path folder, IndexWriterConfig config, Filler changes) {
        try {
            Files.createDirectories(folder.getParent());
            Path partial = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".partial-");
            try {
                try (Stream<Path> files = Files.list(source)) {
                    for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                        Files.createLink(partial.resolve(file.getFileName()), file);
                    }
                }
                synchronized (ONE_WRITER) {
                    try (MMapDirectory directory = new MMapDirectory(partial);
                         IndexWriter writer = new IndexWriter(directory,
                                 config.setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                        changes.fill(writer);
                        writer.commit();
                    }
                }
                Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                delete(partial);
            }
            return open(folder).orElseThrow(() -> new IOException("The updated index vanished: " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the index " + source + " into " + folder, e);
        }
    }

    /** The index in {@code folder}, mapped; empty when there is none or it cannot be read. */
    static Optional<IndexSearcher> open(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (MMapDirectory directory = new MMapDirectory(folder)) {
            return DirectoryReader.indexExists(directory)
                    ? Optional.of(new IndexSearcher(DirectoryReader.open(directory))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * One index writer at a time in the process: each holds what it indexes in its buffer until it flushes (a 40x
     * store's vectors alone are 190 MB), and the clause index and the vector graph built at once (a start, a refresh
     * beside the first question) did not fit the launcher's heap.
     */
    private static final Object ONE_WRITER = new Object();

    private static void write(Path folder, IndexWriterConfig config, Filler filler) throws IOException {
        synchronized (ONE_WRITER) {
            writeAlone(folder, config, filler);
        }
    }

    private static void writeAlone(Path folder, IndexWriterConfig config, Filler filler) throws IOException {
        try (MMapDirectory directory = new MMapDirectory(folder);
             IndexWriter writer = new IndexWriter(directory, config)) {
            filler.fill(writer);
            writer.forceMerge(1);
            writer.commit();
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
