package org.policygraph.ask.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
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
 * is its row.
 */
final class VectorGraph {
    private static final String VECTOR = "vector";
    private static final String DOCUMENT = "document";
    private final IndexSearcher searcher;
    private final String[] ids;

    VectorGraph(String[] ids, String[] docKeys, float[][] rows) {
        this.ids = ids;
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(512)
                .setMergePolicy(new LogDocMergePolicy());
        searcher = MappedIndex.build("vectors", config, writer -> {
            for (int row = 0; row < rows.length; row++) {
                Document document = new Document();
                document.add(new KnnFloatVectorField(VECTOR, rows[row], VectorSimilarityFunction.DOT_PRODUCT));
                document.add(new StringField(DOCUMENT, docKeys[row] == null ? "" : docKeys[row], Field.Store.NO));
                writer.addDocument(document);
            }
        });
        if (searcher.getIndexReader().maxDoc() != rows.length) {
            throw new IllegalStateException("The vector graph lost rows");
        }
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
