package org.policygraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.graph.ScoredId;

/**
 * Finds the tasks a question is about: term coverage over every task, Neo4j full-text (cjk) hits and vector
 * similarity, combined, plus a boost for tasks of the documents the question points at.
 */
final class TaskRanker {
    private static final int POOL = 40;
    private static final int NEAREST = 20;
    private final TaskIndex index;
    private final DepartmentNames departments;
    private final ClauseIndex clauses;
    private final QuestionEmbedder embedder;
    private final TaskVectors vectors;

    TaskRanker(TaskIndex index, DepartmentNames departments, ClauseIndex clauses, QuestionEmbedder embedder,
               TaskVectors vectors) {
        this.vectors = vectors;
        this.index = index;
        this.departments = departments;
        this.clauses = clauses;
        this.embedder = embedder;
    }

    List<Ranked> rank(Question question, int limit) {
        return rank(question, limit, true);
    }

    /** {@code cachedEmbedding} false embeds the question afresh (an answer computed without caches). */
    List<Ranked> rank(Question question, int limit, boolean cachedEmbedding) {
        Map<String, TaskIndex.Entry> pool = new HashMap<>();
        Map<TaskIndex.Entry, Double> coverage = index.covering(question.terms());
        Set<TaskIndex.Entry> candidates = new java.util.HashSet<>(coverage.keySet());
        question.documentBoosts().keySet().forEach(doc -> candidates.addAll(index.ofDocument(doc)));
        candidates.stream().filter(e -> question.inScope(e.docKey()))
                .map(e -> Map.entry(e, coverage.getOrDefault(e, 0.0) + boost(question, e)))
                .sorted(Map.Entry.<TaskIndex.Entry, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().position())).limit(POOL)
                .forEach(e -> pool.put(e.getKey().id(), e.getKey()));
        Map<String, Double> fullText = normalised(clauses.search(PhraseQuery.of(question.terms()), POOL));
        float[] vector = vectors.isEmpty() ? null : embedder.embed(question, cachedEmbedding);
        float[] unit = vector == null ? null : TaskVectors.unit(vector);
        List<ScoredId> nearest = unit == null ? List.of()
                : clauses.nearest(unit, question.scope().isEmpty() ? NEAREST : NEAREST * 5);
        Set<String> ids = new LinkedHashSet<>(pool.keySet());
        fullText.keySet().forEach(ids::add);
        nearest.forEach(n -> ids.add(n.id()));
        Map<String, TaskIndex.Entry> byId = index.byId();
        List<Ranked> ranked = new ArrayList<>();
        for (String id : ids) {
            TaskIndex.Entry entry = byId.get(id);
            if (entry == null || !question.inScope(entry.docKey())) {
                continue;
            }
            double cover = coverage.getOrDefault(entry, 0.0);
            double score = 0.6 * cover + 0.25 * semantic(unit == null ? null : vectors.cosine(id, unit))
                    + 0.15 * fullText.getOrDefault(id, 0.0) + boost(question, entry);
            ranked.add(new Ranked(id, entry.docKey(), score, cover));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /**
     * Documents the question names; for who-questions, tasks that assign departments at all, and more so those
     * naming a department the question names (「工信委牵头，配合的都有谁」).
     */
    private double boost(Question question, TaskIndex.Entry entry) {
        double boost = question.documentBoosts().getOrDefault(entry.docKey(), 0.0);
        if ((question.asks(Kind.LEAD) || question.asks(Kind.SUPPORT)) && entry.assigned()) {
            boost += 0.08;
            if (question.departments().stream().anyMatch(d -> mentions(entry, d))) {
                boost += 0.12;
            }
        }
        return boost;
    }

    private boolean mentions(TaskIndex.Entry entry, String department) {
        return departments.surfacesOf(department).stream().filter(s -> s.length() >= 3 || s.endsWith("办"))
                .anyMatch(entry.folded()::contains);
    }

    private static double semantic(Double cosine) {
        return cosine == null ? 0 : Math.max(0, Math.min(1, (cosine - 0.35) / 0.45));
    }

    private static Map<String, Double> normalised(List<ScoredId> hits) {
        double max = hits.stream().mapToDouble(ScoredId::score).max().orElse(1);
        Map<String, Double> scores = new HashMap<>();
        hits.forEach(h -> scores.put(h.id(), max == 0 ? 0 : h.score() / max));
        return scores;
    }
}
