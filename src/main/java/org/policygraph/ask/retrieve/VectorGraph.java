package org.policygraph.ask.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.policygraph.graph.read.ScoredId;

/**
 * An HNSW graph (Lucene's) over the tasks' unit vectors: the nearest tasks in time that grows with the log of the
 * corpus rather than with its size. Lucene documents are added in row order into one segment, so a hit's doc id
 * is its row; each holds its task's id and document too, so that a saved graph alone gives back every row.
 */
final class VectorGraph {
    static final String NAME = "vectors";
    private static final String VECTOR = "vector";
    private static final String DOCUMENT = "document";
    private static final String ID = "id";
    private final IndexSearcher searcher;
    private final String[] ids;

    VectorGraph(IndexFolder folder, String[] ids, String[] docKeys, float[][] rows) {
        this.ids = ids;
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(512)
                .setMergePolicy(new LogDocMergePolicy());
        searcher = folder.build(NAME, config, writer -> {
            for (int row = 0; row < rows.length; row++) {
                writer.addDocument(document(ids[row], docKeys[row], rows[row]));
            }
        });
        if (searcher.getIndexReader().maxDoc() != rows.length) {
            throw new IllegalStateException("The vector graph lost rows");
        }
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
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(64)
                .setMergePolicy(new LogDocMergePolicy());
        IndexSearcher searcher = folder.build(NAME, config, writer -> rows.forEach((id, docKey, unit) -> {
            try {
                writer.addDocument(document(id, docKey, unit));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot build the vector graph", e);
            }
        }));
        try {
            return new VectorGraph(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vector graph", e);
        }
    }

    private static Document document(String id, String docKey, float[] unit) {
        Document document = new Document();
        document.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
        document.add(new StringField(DOCUMENT, docKey == null ? "" : docKey, Field.Store.YES));
        document.add(new StoredField(ID, id));
        return document;
    }

    private VectorGraph(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        this.ids = stored(ID);
    }

    /** The graph saved in {@code folder}, if there is one. */
    static Optional<VectorGraph> saved(IndexFolder folder) {
        return folder.saved(NAME).map(searcher -> {
            try {
                return new VectorGraph(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the saved vector graph", e);
            }
        });
    }

    /** The length of the vectors (0 when there are none). */
    int dimension() {
        try {
            FloatVectorValues values = searcher.getIndexReader().leaves().isEmpty() ? null
                    : searcher.getIndexReader().leaves().get(0).reader().getFloatVectorValues(VECTOR);
            return values == null ? 0 : values.dimension();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vector graph", e);
        }
    }

    /** Task ids by row. */
    String[] ids() {
        return ids;
    }

    /** Document keys by row ("" for a task of no known document). */
    String[] docKeys() {
        try {
            return stored(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vector graph", e);
        }
    }

    /**
     * The vectors of some rows, as indexed, read from the mapped graph (no copy on the heap): {@code rows} ascending,
     * each handed to {@code use} with its vector (valid only during the call).
     */
    void vectors(int[] rows, RowVector use) {
        try {
            FloatVectorValues values = searcher.getIndexReader().leaves().isEmpty() ? null
                    : searcher.getIndexReader().leaves().get(0).reader().getFloatVectorValues(VECTOR);
            for (int row : rows) {
                if (values != null && values.docID() <= row && (values.docID() == row || values.advance(row) == row)) {
                    use.accept(row, values.vectorValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vector graph", e);
        }
    }

    /** A row and its vector. */
    interface RowVector {
        void accept(int row, float[] vector);
    }

    private String[] stored(String field) throws IOException {
        String[] values = new String[searcher.getIndexReader().maxDoc()];
        var stored = searcher.storedFields();
        for (int doc = 0; doc < values.length; doc++) {
            values[doc] = stored.document(doc, Set.of(field)).get(field);
        }
        return values;
    }

    /**
     * The {@code k} rows nearest a unit vector among those of the {@code documents} (all when empty), nearest first;
     * score: Lucene's (1 + cosine) / 2. A small scope is searched exactly, by Lucene's own choice.
     */
    List<ScoredId> nearest(float[] unit, int k, Set<String> documents) {
        Query filter = documents.isEmpty() ? null
                : new TermInSetQuery(DOCUMENT, documents.stream().map(BytesRef::new).toList());
        try {
            List<ScoredId> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(VECTOR, unit, k, filter), k).scoreDocs) {
                hits.add(new ScoredId(ids[hit.doc], hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the vector graph", e);
        }
    }
}
