package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.ask.question.DepartmentNames;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.TermGroup;

/**
 * Finds the tasks a question is about: its retrievers (term coverage, BM25, vectors; document hints, a unit's
 * postings, lists and titles written in the question as priors) fused by one rule, {@link WeightedFusion}, each
 * clause followed by what it needs beside it.
 */
public final class TaskRanker {
    private static final int POOL = 40;
    /** At most this many items follow a lead-in into the ranking. */
    public static final int INTRODUCED = 8;
    private static final int NEAREST = 20;
    private final TaskIndex index;
    private final DepartmentNames departments;
    private final ClauseIndex clauses;
    private final QuestionEmbedder embedder;
    private final TaskVectors vectors;
    private final NamedRow namedRow;
    private final TitleRetriever.Titles titles;

    public TaskRanker(TaskIndex index, DepartmentNames departments, ClauseIndex clauses, QuestionEmbedder embedder,
               TaskVectors vectors) {
        this.vectors = vectors;
        this.index = index;
        this.departments = departments;
        this.clauses = clauses;
        this.embedder = embedder;
        namedRow = new NamedRow(index);
        titles = TitleRetriever.Titles.of(index);
    }

    /** The ranking with the table rows the question names first, and those names (see {@link NamedRow}). */
    public NamedRow.Named namedRowsFirst(List<TermGroup> terms, List<Ranked> ranked) {
        return namedRow.of(terms, ranked);
    }

    public void awaitVectorGraph() {
        vectors.awaitGraph();
    }

    public List<Ranked> rank(Question question, int limit) {
        return rank(question, limit, true);
    }

    /**
     * {@code cachedEmbedding} false embeds the question afresh (an answer computed without caches). Each retriever
     * brings its tasks; {@link WeightedFusion} scores every task brought, in the question's scope.
     */
    public List<Ranked> rank(Question question, int limit, boolean cachedEmbedding) {
        WeightedFusion fusion = new WeightedFusion(List.of(new DocumentHintRetriever(index, question),
                new UnitPostingsRetriever(index, departments, question), new ListRetriever(question),
                new TitleRetriever(question, titles)));
        Retriever coverage = new CoverageRetriever(index, question, fusion, POOL);
        List<Retriever> retrievers = List.of(coverage, new FullTextRetriever(clauses, question, POOL),
                new VectorRetriever(vectors, embedder, question, cachedEmbedding, NEAREST));
        Map<String, TaskIndex.Entry> byId = index.byId();
        Map<String, TaskIndex.Entry> candidates = new LinkedHashMap<>();
        for (String id : WeightedFusion.brought(retrievers)) {
            TaskIndex.Entry entry = byId.get(id);
            if (entry != null && question.inScope(entry.docKey())) {
                candidates.put(id, entry);
            }
        }
        List<Ranked> ranked = new ArrayList<>(fusion.fuse(retrievers, candidates, coverage));
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return withAttached(ranked, question, limit);
    }

    /**
     * Each lead-in followed by the items it introduces (a clause ending in 「：」 says nothing without them), each table
     * row by its table's note.
     */
    private List<Ranked> withAttached(List<Ranked> ranked, Question question, int limit) {
        Map<String, TaskIndex.Entry> byId = index.byId();
        Set<String> placed = new java.util.HashSet<>();
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : ranked) {
            if (out.size() >= limit) {
                break;
            }
            if (!placed.add(r.id())) {
                continue;
            }
            out.add(r);
            for (TaskIndex.Entry item : index.attachedTo(byId.get(r.id()), INTRODUCED)) {
                if (question.inScope(item.docKey()) && placed.add(item.id())) {
                    out.add(new Ranked(item.id(), item.docKey(), r.score(), r.coverage()));
                }
            }
        }
        return out.subList(0, Math.min(limit, out.size()));
    }
}
