package org.policygraph.ask.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.policygraph.graph.read.ScoredId;
import org.policygraph.graph.read.TaskFacts;

/**
 * The clause index, memory-mapped, built with each graph version (and kept beside the store, see {@link IndexFolder}):
 * every task's text and section heading for BM25 with the CJK analyzer (the analysis of the store's own
 * {@code task_text} index, at the Lucene version Neo4j bundles). A question is answered from here and
 * {@link TaskVectors} without a round trip to the store.
 */
public final class ClauseIndex {
    private static final String NAME = "clauses";
    private static final String ID = "id";
    private static final String[] TEXT_FIELDS = {"text", "sectionHeading"};
    private final Analyzer analyzer = new CJKAnalyzer();
    private final IndexSearcher searcher;
    private final String[] idByDoc;

    public ClauseIndex(List<TaskFacts> tasks) {
        this(IndexFolder.temporary(), tasks);
    }

    /** The clause index saved in {@code folder} for the graph version of {@code tasks}, else built and saved there. */
    public ClauseIndex(IndexFolder folder, List<TaskFacts> tasks) {
        this(folder, () -> tasks, null, List.of(), List.of());
    }

    /**
     * The clause index saved in {@code folder}, mapped at once, else built from the {@code tasks} supplied (a start
     * maps it while the catalog is read, and waits for the catalog only when it must build).
     */
    public ClauseIndex(IndexFolder folder, Supplier<List<TaskFacts>> tasks) {
        this(folder, tasks, null, List.of(), List.of());
    }

    /**
     * The clause index saved in {@code folder}, else the one saved in {@code earlier} (may be null) with the tasks
     * {@code removed} (ids) taken out and {@code added} put in, else one built from all {@code tasks}.
     */
    ClauseIndex(IndexFolder folder, Supplier<List<TaskFacts>> tasks, IndexFolder earlier,
                List<String> removed, List<TaskFacts> added) {
        searcher = folder.saved(NAME)
                .or(() -> earlier == null ? Optional.empty() : folder.updated(NAME, earlier,
                        config(), writer -> {
                            writer.deleteDocuments(removed.stream().map(id -> new Term(ID, id)).toArray(Term[]::new));
                            add(writer, added);
                        }))
                .orElseGet(() -> {
                    List<TaskFacts> all = tasks.get(); // before the build: its time and writer are the build's own
                    return folder.build(NAME, config(), writer -> add(writer, all));
                });
        idByDoc = ids(searcher);
    }

    private ClauseIndex(IndexSearcher searcher) {
        this.searcher = searcher;
        idByDoc = ids(searcher);
    }

    /** The clause index saved in {@code folder}, mapped and its ids read; empty when none was saved. */
    static Optional<ClauseIndex> saved(IndexFolder folder) {
        return folder.saved(NAME).map(ClauseIndex::new);
    }

    private IndexWriterConfig config() {
        return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(512);
    }

    private static void add(IndexWriter writer, List<TaskFacts> tasks) throws IOException {
        for (TaskFacts task : tasks) {
            Document document = new Document();
            document.add(new StringField(ID, task.id(), Field.Store.YES));
            document.add(new TextField(TEXT_FIELDS[0], task.text() == null ? "" : task.text(), Field.Store.NO));
            document.add(new TextField(TEXT_FIELDS[1], TaskIndex.heading(task), Field.Store.NO));
            writer.addDocument(document);
        }
    }

    /** BM25 over text and heading for a Lucene query string (the caller makes user text phrases); best first. */
    List<ScoredId> search(String luceneQuery, int limit) {
        Query query;
        try {
            query = new MultiFieldQueryParser(TEXT_FIELDS, analyzer).parse(luceneQuery);
        } catch (ParseException e) {
            return List.of();
        }
        return hits(query, limit);
    }

    /** Task ids by Lucene doc id, read once: decompressing stored fields per hit cost more than the search. */
    private static String[] ids(IndexSearcher searcher) {
        String[] ids = new String[searcher.getIndexReader().maxDoc()];
        try {
            var stored = searcher.storedFields();
            for (int doc = 0; doc < ids.length; doc++) {
                ids[doc] = stored.document(doc).get(ID);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the clause index", e);
        }
        return ids;
    }

    private List<ScoredId> hits(Query query, int limit) {
        try {
            List<ScoredId> hits = new ArrayList<>();
            // top-k with early termination from the first full page: IndexSearcher.search(query, n) counts 1,000 hits
            // before it skips any, and at 10x a question's common pairs match many thousand copies of clauses
            int top = Math.max(1, Math.min(limit, idByDoc.length));
            TopScoreDocCollectorManager topHits = new TopScoreDocCollectorManager(top, null, top,
                    searcher.getSlices().length > 1);
            for (ScoreDoc hit : searcher.search(query, topHits).scoreDocs) {
                hits.add(new ScoredId(idByDoc[hit.doc], hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the clause index", e);
        }
    }
}
