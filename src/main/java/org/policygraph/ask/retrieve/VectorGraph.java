package org.policygraph.ask.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.policygraph.graph.read.ScoredId;

/**
 * An HNSW graph (Lucene's) over the tasks' unit vectors: the nearest tasks in time that grows with the log of the
 * corpus rather than with its size. Lucene documents are added in row order, so a hit's doc id is its row; each
 * holds its task's id and document too, so that a saved graph alone gives back every row. A graph built whole is
 * one segment; one updated from an earlier version's ({@link VectorGraphWriter#updated}) has that segment, rows of the changed
 * documents deleted, and a small segment of the rows added.
 */
final class VectorGraph {
    static final String NAME = "vectors";
    private static final String VECTOR = "vector";
    static final String DOCUMENT = "document";
    private static final String ID = "id";
    private final IndexSearcher searcher;
    private final String[] ids;
    /** Document keys by row (read from a saved graph with the ids, in one pass over its stored fields). */
    private final String[] docKeys;
    private final Bits live;

    VectorGraph(IndexFolder folder, String[] ids, String[] docKeys, float[][] rows) {
        this.ids = ids;
        this.docKeys = docKeys;
        this.live = null;
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

    static Document document(String id, String docKey, float[] unit) {
        Document document = new Document();
        document.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
        document.add(new StringField(DOCUMENT, docKey == null ? "" : docKey, Field.Store.YES));
        document.add(new StoredField(ID, id));
        return document;
    }

    private VectorGraph(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        this.ids = new String[searcher.getIndexReader().maxDoc()];
        this.docKeys = new String[ids.length];
        // one pass on the thread that maps the graph (a block of stored fields is decompressed once for both), each
        // document's key held once: a pass per field on the thread that assembles the snapshot took 1.2 s at 40x
        Map<String, String> keys = new HashMap<>();
        var stored = searcher.storedFields();
        Set<String> both = Set.of(ID, DOCUMENT);
        for (int doc = 0; doc < ids.length; doc++) {
            Document fields = stored.document(doc, both);
            ids[doc] = fields.get(ID);
            docKeys[doc] = keys.computeIfAbsent(fields.get(DOCUMENT), k -> k);
        }
        this.live = MultiBits.getLiveDocs(searcher.getIndexReader());
    }

    /** The graph of a searcher over saved files (see {@link VectorGraphWriter}). */
    static VectorGraph of(IndexSearcher searcher) {
        try {
            return new VectorGraph(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vector graph", e);
        }
    }

    /** Whether the row holds a task of this version (an updated graph keeps the rows it replaced, deleted). */
    boolean live(int row) {
        return live == null || live.get(row);
    }

    /** The graph saved in {@code folder}, if there is one. */
    static Optional<VectorGraph> saved(IndexFolder folder) {
        return folder.saved(NAME).map(VectorGraph::of);
    }

    /** The length of the vectors (0 when there are none). */
    int dimension() {
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
                if (values != null) {
                    return values.dimension();
                }
            }
            return 0;
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
        return docKeys.clone();
    }

    /**
     * The vectors of some rows, as indexed, read from the mapped graph (no copy on the heap): {@code rows} ascending,
     * each handed to {@code use} with its vector (valid only during the call).
     */
    void vectors(int[] rows, RowVector use) {
        try {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int leafIndex = -1;
            FloatVectorValues values = null;
            int base = 0;
            for (int row : rows) {
                int at = ReaderUtil.subIndex(row, leaves);
                if (at != leafIndex) {
                    leafIndex = at;
                    base = leaves.get(at).docBase;
                    values = leaves.get(at).reader().getFloatVectorValues(VECTOR);
                }
                int doc = row - base;
                if (values != null && values.docID() <= doc && (values.docID() == doc || values.advance(doc) == doc)) {
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
