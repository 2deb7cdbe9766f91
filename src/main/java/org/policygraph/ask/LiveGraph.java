package org.policygraph.ask;

import java.nio.file.Path;
import java.util.Objects;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.ask.question.Glossary;
import org.policygraph.ask.question.QuestionReader;
import org.policygraph.ask.question.Segmenter;
import org.policygraph.ask.retrieve.CatalogAhead;
import org.policygraph.ask.retrieve.IndexFolder;
import org.policygraph.ask.retrieve.QuestionEmbedder;
import org.policygraph.graph.read.PolicyReader;

/**
 * The graph as the question's steps see it: one {@link GraphSnapshot}, read again when the graph changes (an import,
 * an upload, the background vector build), which also forgets every cached answer. Thread-safe; one per process.
 */
public final class LiveGraph {
    private final PolicyReader reader;
    private final boolean semantic;
    private final Glossary glossary = new Glossary();
    private final QuestionEmbedder embedder;
    private final IndexFolder indexes;
    private volatile GraphSnapshot snapshot;
    private CatalogAhead ahead;

    /** {@code embeddingModel} may be null (no semantic search then). */
    public LiveGraph(PolicyReader reader, EmbeddingModel embeddingModel) {
        this(reader, embeddingModel, IndexFolder.temporary(), CatalogAhead.none());
    }

    /** {@code dataDir}: where the catalog, clause index and vector graph of each graph version are kept between starts. */
    public LiveGraph(PolicyReader reader, EmbeddingModel embeddingModel, Path dataDir) {
        this(reader, embeddingModel, IndexFolder.under(dataDir), CatalogAhead.none());
    }

    /** {@code ahead}: the catalog read while the store started ({@link CatalogAhead#start} of {@code dataDir}). */
    public LiveGraph(PolicyReader reader, EmbeddingModel embeddingModel, Path dataDir, CatalogAhead ahead) {
        this(reader, embeddingModel, IndexFolder.under(dataDir), ahead);
    }

    private LiveGraph(PolicyReader reader, EmbeddingModel embeddingModel, IndexFolder indexes, CatalogAhead ahead) {
        this.indexes = indexes;
        this.ahead = ahead;
        this.reader = reader;
        this.semantic = embeddingModel != null;
        this.embedder = new QuestionEmbedder(embeddingModel);
        refresh();
    }

    /** Loads HanLP's dictionaries, which otherwise happens on the first question; safe on any thread. */
    public static void preload() {
        Segmenter.preload();
    }

    /**
     * Starts reading the English dictionary (CC-CEDICT, a second and a half of one core) on a thread of its own:
     * called once the server serves, so that start-up does not share its two cores with it.
     */
    public static void preloadEnglish() {
        QuestionReader.preloadEnglish();
    }

    /** Re-reads documents, departments and task facts from the graph, and forgets every cached answer. */
    public synchronized void refresh() {
        snapshot = GraphSnapshot.read(reader, glossary, embedder, semantic, indexes, snapshot, ahead);
        ahead = CatalogAhead.none();
    }

    /** Refreshes when the graph's version differs from the one last read; true when it did. */
    public synchronized boolean refreshIfChanged() {
        if (Objects.equals(reader.graphVersion(), snapshot.version())) {
            return false;
        }
        refresh();
        return true;
    }

    /** Waits until the nearest-task search runs on its HNSW graph rather than an exact scan (see TaskVectors). */
    public void awaitVectorGraph() {
        snapshot.ranker().awaitVectorGraph();
    }

    GraphSnapshot current() {
        return snapshot;
    }

    PolicyReader reader() {
        return reader;
    }
}
