package org.policygraph.ask.retrieve;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

import org.policygraph.graph.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start over an unchanged graph needs of the version this build saved last under a data directory, read on a
 * thread of its own while the store starts, before the store can say which version it holds: the catalog (its saved
 * rows, and the task index made of them), the clause index and the vector graph (mapped, and their task ids and
 * documents read). At 40x the rows took 5 s to read, the task index 4 s to build and the two indexes' ids 1.5 s and
 * 1.3 s, all after the store's start (11-14 s here, which does not grow with the store); at 1x all took 0.7 s. Each
 * is taken once; when the version is not the one read ahead (the corpus was re-imported at start), it is read as
 * before.
 */
public final class CatalogAhead {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogAhead.class);
    private final IndexFolder folder;
    private CompletableFuture<Catalog> catalog;
    private CompletableFuture<VectorGraph> vectors;
    private CompletableFuture<ClauseIndex> clauses;

    private CatalogAhead(IndexFolder folder, CompletableFuture<Catalog> catalog,
                         CompletableFuture<VectorGraph> vectors, CompletableFuture<ClauseIndex> clauses) {
        this.folder = folder;
        this.catalog = catalog;
        this.vectors = vectors;
        this.clauses = clauses;
    }

    /** Nothing read ahead. */
    public static CatalogAhead none() {
        return new CatalogAhead(null, null, null, null);
    }

    /** Starts reading the newest catalog this build saved under {@code dataDir}, if there is one. */
    public static CatalogAhead start(Path dataDir) {
        return IndexFolder.under(dataDir).newestWith(CatalogRows.NAME).map(folder -> {
            ExecutorService thread = DaemonThreads.single("catalog-ahead");
            CompletableFuture<Catalog> read = CompletableFuture.supplyAsync(() -> folder
                    .savedRows(CatalogRows.NAME, CatalogRows.class).map(rows -> Catalog.of(rows, null)).orElse(null),
                    thread);
            CompletableFuture<VectorGraph> graph = CompletableFuture.supplyAsync(
                    () -> VectorGraph.saved(folder).orElse(null), thread);
            CompletableFuture<ClauseIndex> clauses = CompletableFuture.supplyAsync(
                    () -> ClauseIndex.saved(folder).orElse(null), thread);
            thread.shutdown();
            return new CatalogAhead(folder, read, graph, clauses);
        }).orElseGet(CatalogAhead::none);
    }

    /**
     * The catalog read ahead when it is that of {@code version} (waiting for it if need be); empty when it is of
     * another version, or could not be read. Either way it is let go.
     */
    public synchronized Optional<Catalog> take(IndexFolder version) {
        CompletableFuture<Catalog> read = catalog;
        catalog = null;
        return taken(read, version, "catalog");
    }

    /** The saved vector graph mapped ahead when it is that of {@code version}, as {@link #take} the catalog. */
    public synchronized Optional<LoadedVectors> vectors(IndexFolder version) {
        CompletableFuture<VectorGraph> read = vectors;
        vectors = null;
        return taken(read, version, "vector graph").map(graph -> LoadedVectors.saved(folder, graph));
    }

    /** The saved clause index mapped ahead when it is that of {@code version}, as {@link #take} the catalog. */
    public synchronized Optional<ClauseIndex> clauses(IndexFolder version) {
        CompletableFuture<ClauseIndex> read = clauses;
        clauses = null;
        return taken(read, version, "clause index");
    }

    private <T> Optional<T> taken(CompletableFuture<T> read, IndexFolder version, String what) {
        if (read == null) {
            return Optional.empty();
        }
        if (!folder.sameAs(version)) {
            read.cancel(false);
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read.join());
        } catch (CompletionException | CancellationException e) {
            LOG.warn("Could not read the saved {} ahead, reading it now: {}", what, e.toString());
            return Optional.empty();
        }
    }
}
