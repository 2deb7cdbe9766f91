package org.policygraph.ask.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the asker keeps its Lucene indexes (the clause index, the vector graph) and the rows its catalog is made of
 * ({@link CatalogRows}): beside the store, one folder per
 * graph version under {@code PA_DATA_DIR/indexes}, so a start over an unchanged graph maps what the last one built
 * instead of building it again, and a changed graph gets new ones (the folders of other versions are deleted once
 * the new version's are in place). {@link #temporary()} keeps nothing: commands and tests without a data directory,
 * and a graph with no version yet. The folder name holds the layout, Lucene's version and the build of this code as
 * well: the saved catalog rows follow the read queries and records of the build that wrote them, so a new build
 * (which may read or index differently without changing the graph) never maps an old build's files.
 */
public final class IndexFolder {
    /** Raise when what an index holds or how its text is analysed changes. */
    static final int LAYOUT = 1;
    private static final Logger LOG = LoggerFactory.getLogger(IndexFolder.class);
    private static final String BUILD = build();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path root;
    private final String version;

    private IndexFolder(Path root, String version) {
        this.root = root;
        this.version = version;
    }

    public static IndexFolder temporary() {
        return new IndexFolder(null, null);
    }

    /** Indexes saved under {@code dataDir/indexes}. */
    public static IndexFolder under(Path dataDir) {
        return new IndexFolder(dataDir.resolve("indexes"), null);
    }

    /** The indexes of one graph version (null: a graph never imported, whose indexes are not kept). */
    public IndexFolder forVersion(String graphVersion) {
        return new IndexFolder(root, graphVersion == null ? null : graphVersion.replaceAll("[^A-Za-z0-9-]", "_"));
    }

    /** The saved index called {@code name} of this version, mapped; empty when none was saved (or it is unreadable). */
    Optional<IndexSearcher> saved(String name) {
        if (!keeps()) {
            return Optional.empty();
        }
        Path folder = folder().resolve(name);
        long start = System.nanoTime();
        Optional<IndexSearcher> searcher = MappedIndex.open(folder);
        searcher.ifPresent(s -> LOG.info("Mapped the saved {} index of graph version {} ({} entries) in {} ms", name,
                version, s.getIndexReader().maxDoc(), (System.nanoTime() - start) / 1_000_000));
        return searcher;
    }

    /** Builds the index called {@code name}, saved for this version when versions are kept, and maps it. */
    IndexSearcher build(String name, IndexWriterConfig config, MappedIndex.Filler filler) {
        long start = System.nanoTime();
        IndexSearcher searcher = keeps() ? MappedIndex.save(folder().resolve(name), config, filler)
                : MappedIndex.build(name, config, filler);
        LOG.info("Built the {} index of graph version {} ({} entries) in {} ms{}", name, version,
                searcher.getIndexReader().maxDoc(), (System.nanoTime() - start) / 1_000_000,
                keeps() ? " and saved it" : "");
        return searcher;
    }

    /**
     * The index called {@code name} of this version made from the one {@code earlier} saved: its files linked, not
     * copied (Lucene never writes a file twice), then changed by {@code changes} (deletes and additions, no merge into
     * one segment), saved and mapped. Empty when either version is not kept or the earlier has no such index.
     */
    Optional<IndexSearcher> updated(String name, IndexFolder earlier, IndexWriterConfig config,
                                    MappedIndex.Filler changes) {
        if (!keeps() || !earlier.keeps() || !Files.isDirectory(earlier.folder().resolve(name))) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        IndexSearcher searcher = MappedIndex.update(earlier.folder().resolve(name), folder().resolve(name), config,
                changes);
        LOG.info("Updated the {} index of graph version {} from {} ({} entries) in {} ms and saved it", name, version,
                earlier.version, searcher.getIndexReader().numDocs(), (System.nanoTime() - start) / 1_000_000);
        return Optional.of(searcher);
    }

    /**
     * The version this build saved rows called {@code name} for last (a folder of this layout, Lucene and build; the
     * newest when there are several), read before the store is open; empty when there is none.
     */
    Optional<IndexFolder> newestWith(String name) {
        String prefix = "v" + LAYOUT + "-lucene" + Version.LATEST + "-" + BUILD + "-";
        try (Stream<Path> folders = root == null || !Files.isDirectory(root) ? Stream.empty() : Files.list(root)) {
            return folders.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> Files.isRegularFile(f.resolve(name)))
                    .max(java.util.Comparator.comparing(f -> f.resolve(name).toFile().lastModified()))
                    .map(f -> new IndexFolder(root, f.getFileName().toString().substring(prefix.length())));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Whether both are the folder of one version under one root. */
    boolean sameAs(IndexFolder other) {
        return keeps() && other.keeps() && root.equals(other.root) && version.equals(other.version);
    }

    /** Whether rows called {@code name} were saved for this version. */
    boolean hasRows(String name) {
        return keeps() && Files.isRegularFile(folder().resolve(name));
    }

    /** The rows saved as {@code name} for this version, read back; empty when none were saved or they are unreadable. */
    <T> Optional<T> savedRows(String name, Class<T> type) {
        Path file = keeps() ? folder().resolve(name) : null;
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            T rows = JSON.readValue(file.toFile(), type);
            LOG.info("Read the saved {} of graph version {} in {} ms", name, version,
                    (System.nanoTime() - start) / 1_000_000);
            return Optional.of(rows);
        } catch (IOException e) {
            LOG.warn("The saved {} of graph version {} is unreadable, read from the store instead: {}", name,
                    version, e.toString());
            return Optional.empty();
        }
    }

    /** Saves {@code rows} as {@code name} for this version (whole or not at all); nothing when versions are not kept. */
    void saveRows(String name, Object rows) {
        if (!keeps()) {
            return;
        }
        try {
            Files.createDirectories(folder());
            Path partial = Files.createTempFile(folder(), name, ".partial");
            JSON.writeValue(partial.toFile(), rows);
            Files.move(partial, folder().resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not save the {} of graph version {}: {}", name, version, e.toString());
        }
    }

    /** Deletes the indexes of every other version (another process still mapping them keeps its mapping). */
    public void deleteOtherVersions() {
        if (!keeps() || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path other : folders.filter(f -> !f.equals(folder())).toList()) {
                MappedIndex.delete(other);
                LOG.info("Deleted the indexes of an earlier graph version: {}", other.getFileName());
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete the indexes of earlier graph versions in {}: {}", root, e.toString());
        }
    }

    /** Whether what is built here is saved for the next start (a known version under a data directory). */
    boolean keeps() {
        return root != null && version != null;
    }

    private Path folder() {
        return root.resolve("v" + LAYOUT + "-lucene" + Version.LATEST + "-" + BUILD + "-" + version);
    }

    /** The jar this code runs from, by size and time (a class folder, as in tests: "classes"). */
    private static String build() {
        try {
            Path code = Path.of(IndexFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code)
                    ? Long.toHexString(Files.size(code)) + Long.toHexString(Files.getLastModifiedTime(code).toMillis())
                    : "classes";
        } catch (URISyntaxException | IOException | SecurityException e) {
            return "unknown";
        }
    }
}
