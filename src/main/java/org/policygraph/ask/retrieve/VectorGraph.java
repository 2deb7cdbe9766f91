package org.policygraph.ask.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.policygraph.graph.read.ScoredId;

/**
 * An HNSW graph (Lucene's) over the tasks' unit vectors: the nearest tasks in time that grows with the log of the
 * corpus rather than with its size. Lucene documents are added in row order into one segment, so a hit's doc id
 * is its row.
 */
final class VectorGraph {
    private static final String VECTOR = "vector";
    private final IndexSearcher searcher;
    private final String[] ids;

    VectorGraph(String[] ids, float[][] rows) {
        this.ids = ids;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(512)
                .setMergePolicy(new LogDocMergePolicy());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (float[] row : rows) {
                Document document = new Document();
                document.add(new KnnFloatVectorField(VECTOR, row, VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the vector graph", e);
        }
        if (searcher.getIndexReader().maxDoc() != rows.length) {
            throw new IllegalStateException("The vector graph lost rows");
        }
    }

    /** The {@code k} rows nearest a unit vector, nearest first; score: Lucene's (1 + cosine) / 2. */
    List<ScoredId> nearest(float[] unit, int k) {
        try {
            List<ScoredId> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(VECTOR, unit, k), k).scoreDocs) {
                hits.add(new ScoredId(ids[hit.doc], hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the vector graph", e);
        }
    }
}
