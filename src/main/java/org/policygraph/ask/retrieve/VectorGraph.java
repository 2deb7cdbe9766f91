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
                Document document = new Document();
                document.add(new KnnFloatVectorField(VECTOR, rows[row], VectorSimilarityFunction.DOT_PRODUCT));
                document.add(new StringField(DOCUMENT, docKeys[row] == null ? "" : docKeys[row], Field.Store.YES));
                document.add(new StoredField(ID, ids[row]));
                writer.addDocument(document);
            }
        });
        if (searcher.getIndexReader().maxDoc() != rows.length) {
            throw new IllegalStateException("The vector graph lost rows");
        }
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
