package org.policygraph.ask.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;

/**
 * Writes a saved vector graph from rows handed on one at a time: whole ({@link #streamed}), or as the previous graph
 * version's with the rows of the documents that changed replaced ({@link #updated}).
 */
final class VectorGraphWriter {
    private VectorGraphWriter() {
    }

    /** Rows handed on one at a time: a task's id, its document's key (null if unknown) and its unit vector. */
    interface RowSource {
        void forEach(RowSink sink);
    }

    interface RowSink {
        void add(String id, String docKey, float[] unit);
    }

    /**
     * Built from rows as they arrive, none held but what Lucene buffers before a flush (64 MB: a 40x store's
     * vectors are 190 MB, which with the catalog did not fit the launcher's 1 GiB heap); the segments are merged into
     * one, rows in arrival order.
     */
    static VectorGraph streamed(IndexFolder folder, RowSource rows) {
        return VectorGraph.of(folder.build(VectorGraph.NAME, config(), writer -> add(writer, rows)));
    }

    /**
     * The graph saved in {@code earlier} with the rows of the {@code changed} documents deleted and {@code added}
     * put in, saved in {@code folder}. The earlier graph's segment is kept as it is (its HNSW graph is not built
     * again: at 40x that took minutes), so the cost follows the rows added. Empty when {@code earlier} saved no graph
     * (or either version is not kept).
     */
    static Optional<VectorGraph> updated(IndexFolder folder, IndexFolder earlier, Collection<String> changed,
                                         RowSource added) {
        return folder.updated(VectorGraph.NAME, earlier, config(), writer -> {
            writer.deleteDocuments(changed.stream().map(key -> new Term(VectorGraph.DOCUMENT, key))
                    .toArray(Term[]::new));
            add(writer, added);
        }).map(VectorGraph::of);
    }

    /** LogDoc merges segments of like size only: an updated graph's large segment is not merged again for a few rows. */
    private static IndexWriterConfig config() {
        return new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(64)
                .setMergePolicy(new LogDocMergePolicy());
    }

    private static void add(IndexWriter writer, RowSource rows) {
        rows.forEach((id, docKey, unit) -> {
            try {
                writer.addDocument(VectorGraph.document(id, docKey, unit));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the vector graph", e);
            }
        });
    }
}
