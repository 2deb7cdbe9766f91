package org.policygraph.ask.retrieve;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.policygraph.graph.read.TaskVector;

/**
 * The vectors of one graph version, on their way: from the HNSW graph saved in {@code folder} when an earlier
 * start built it (no read of the store, no graph to build), else read from the store by {@code fromStore}, the
 * graph built when the first question needs it and saved in {@code folder}.
 */
public final class LoadedVectors {
    private final IndexFolder folder;
    private final VectorGraph saved;
    private final List<TaskVector> rows;
    private final Consumer<Consumer<TaskVector>> streamed;

    private LoadedVectors(IndexFolder folder, VectorGraph saved, List<TaskVector> rows,
                          Consumer<Consumer<TaskVector>> streamed) {
        this.folder = folder;
        this.saved = saved;
        this.rows = rows;
        this.streamed = streamed;
    }

    public static LoadedVectors none() {
        return new LoadedVectors(IndexFolder.temporary(), null, List.of(), null);
    }

    /**
     * {@code fromStore}: every vector, read at once; {@code eachFromStore}: the same handed on one at a time.
     * A folder that keeps what is built streams them into the graph it saves, once the catalog has the tasks'
     * documents ({@link #withDocuments}): no rows on the heap at any size.
     */
    public static LoadedVectors read(IndexFolder folder, Supplier<List<TaskVector>> fromStore,
                              Consumer<Consumer<TaskVector>> eachFromStore) {
        return VectorGraph.saved(folder).map(saved -> new LoadedVectors(folder, saved, null, null))
                .orElseGet(() -> folder.keeps() ? new LoadedVectors(folder, null, null, eachFromStore)
                        : new LoadedVectors(folder, null, fromStore.get(), null));
    }

    /** The graph saved in {@code folder}, already mapped ({@link CatalogAhead}). */
    static LoadedVectors saved(IndexFolder folder, VectorGraph graph) {
        return new LoadedVectors(folder, graph, null, null);
    }

    /**
     * The vectors of a version made from the graph an {@code earlier} version saved: the rows of the
     * {@code changed} documents replaced by theirs from the store ({@code changedFromStore}: each with its
     * document's key). Empty when the earlier version saved no graph.
     */
    public static Optional<LoadedVectors> updated(IndexFolder folder, IndexFolder earlier, Collection<String> changed,
                                           Consumer<BiConsumer<String, TaskVector>> changedFromStore) {
        Optional<VectorGraph> saved = VectorGraph.saved(folder);
        return saved.or(() -> VectorGraphWriter.updated(folder, earlier, changed, sink -> changedFromStore.accept(
                        (docKey, v) -> sink.add(v.id(), docKey, TaskVectors.toUnit(v.vector())))))
                .map(graph -> new LoadedVectors(folder, graph, null, null));
    }

    /** documentOf: the key of a task's document (null if unknown), for vectors read from the store. */
    public TaskVectors withDocuments(Function<String, String> documentOf) {
        if (saved != null) {
            return new TaskVectors(saved);
        }
        if (streamed != null) {
            return new TaskVectors(VectorGraphWriter.streamed(folder, sink -> streamed.accept(
                    v -> sink.add(v.id(), documentOf.apply(v.id()), TaskVectors.toUnit(v.vector())))));
        }
        return new TaskVectors(folder, rows, documentOf, true);
    }
}
