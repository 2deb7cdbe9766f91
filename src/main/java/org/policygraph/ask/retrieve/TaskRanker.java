package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.ask.question.DepartmentNames;
import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.PhraseQuery;
import org.policygraph.ask.question.Question;
import org.policygraph.graph.read.ScoredId;

/**
 * Finds the tasks a question is about: term coverage over every task, Neo4j full-text (cjk) hits and vector
 * similarity, combined, plus a boost for tasks of the documents the question points at.
 */
public final class TaskRanker {
    private static final int POOL = 40;
    /** At most this many items follow a lead-in into the ranking. */
    public static final int INTRODUCED = 8;
    private static final int NEAREST = 20;
    private static final double ASSIGNS_BONUS = 0.08;
    private static final double NAMES_BONUS = 0.12;
    private static final double MAX_WHO_BONUS = ASSIGNS_BONUS + NAMES_BONUS;
    private final TaskIndex index;
    private final DepartmentNames departments;
    private final ClauseIndex clauses;
    private final QuestionEmbedder embedder;
    private final TaskVectors vectors;

    public TaskRanker(TaskIndex index, DepartmentNames departments, ClauseIndex clauses, QuestionEmbedder embedder,
               TaskVectors vectors) {
        this.vectors = vectors;
        this.index = index;
        this.departments = departments;
        this.clauses = clauses;
        this.embedder = embedder;
    }

    public void awaitVectorGraph() {
        vectors.awaitGraph();
    }

    public List<Ranked> rank(Question question, int limit) {
        return rank(question, limit, true);
    }

    /** {@code cachedEmbedding} false embeds the question afresh (an answer computed without caches). */
    public List<Ranked> rank(Question question, int limit, boolean cachedEmbedding) {
        BitSet naming = naming(question);
        LexicalPool lexical = lexicalPool(question, naming);
        List<TaskIndex.Entry> pool = lexical.entries();
        Map<String, Double> fullText = normalised(clauses.search(PhraseQuery.of(question.terms()), POOL));
        float[] vector = vectors.isEmpty() ? null : embedder.embed(question, cachedEmbedding);
        float[] unit = vector == null ? null : TaskVectors.unit(vector);
        List<ScoredId> nearest = unit == null ? List.of()
                : vectors.nearest(unit, NEAREST, question.scope());
        Set<String> ids = new LinkedHashSet<>();
        pool.forEach(e -> ids.add(e.id()));
        fullText.keySet().forEach(ids::add);
        nearest.forEach(n -> ids.add(n.id()));
        Map<String, TaskIndex.Entry> byId = index.byId();
        Map<String, Double> cosines = unit == null ? Map.of() : vectors.cosines(ids, unit);
        List<Ranked> ranked = new ArrayList<>();
        for (String id : ids) {
            TaskIndex.Entry entry = byId.get(id);
            if (entry == null || !question.inScope(entry.docKey())) {
                continue;
            }
            double cover = lexical.coverage(entry);
            double score = 0.6 * cover + 0.25 * semantic(cosines.get(id))
                    + 0.15 * fullText.getOrDefault(id, 0.0) + boost(question, entry, naming);
            ranked.add(new Ranked(id, entry.docKey(), score, cover));
        }
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

    /**
     * The {@link #POOL} in-scope tasks of highest coverage plus boost (ties: reading order), from the tasks that
     * cover some of the question and those of the documents it names; the postings of common terms are walked only
     * while a task there could still enter.
     */
    private LexicalPool lexicalPool(Question question, BitSet naming) {
        LexicalPool pool = new LexicalPool(index, question, entry -> boost(question, entry, naming), POOL);
        pool.walkTerms(mostBoost(question));
        // the remaining tasks of a named document cover nothing, so they score at most its boost plus the who-
        // question bonuses: documents whose best cannot beat a full pool's worst are not walked at all
        List<Map.Entry<String, Double>> named = new ArrayList<>(question.documentBoosts().entrySet());
        named.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (Map.Entry<String, Double> doc : named) {
            if (!pool.offerDocument(index.ofDocument(doc.getKey()), doc.getValue() + MAX_WHO_BONUS)) {
                break;
            }
        }
        return pool;
    }

    /**
     * Documents the question names; for who-questions, tasks that assign departments at all, and more so those
     * naming a department the question names (「工信委牵头，配合的都有谁」); for a unit's tasks, those naming it.
     */
    private static double boost(Question question, TaskIndex.Entry entry, BitSet naming) { // bounded by mostBoost
        double boost = question.documentBoosts().getOrDefault(entry.docKey(), 0.0);
        if ((question.asks(Kind.LEAD) || question.asks(Kind.SUPPORT)) && entry.assigned()) {
            boost += ASSIGNS_BONUS;
            if (naming.get(entry.position())) {
                boost += NAMES_BONUS;
            }
        } else if (question.asks(Kind.DEPT_TASKS) && naming.get(entry.position())) {
            // what a unit does is written beside its name (「市统计局：全市服务业统计工作的主管部门」)
            boost += NAMES_BONUS;
        }
        return boost;
    }

    /**
     * The most {@link #boost} gives any task of the question. The lexical pool stops walking postings on it, so a
     * change of boost must change this too, or the pool may miss a task.
     */
    private static double mostBoost(Question question) {
        double documents = Math.max(0, question.documentBoosts().values().stream().mapToDouble(b -> b).max().orElse(0));
        if (question.asks(Kind.LEAD) || question.asks(Kind.SUPPORT)) {
            return documents + MAX_WHO_BONUS;
        }
        return question.asks(Kind.DEPT_TASKS) ? documents + NAMES_BONUS : documents;
    }

    /** The tasks whose text names a department the question names, found from the postings (no scan of texts). */
    private BitSet naming(Question question) {
        BitSet naming = new BitSet();
        if (question.asks(Kind.LEAD) || question.asks(Kind.SUPPORT) || question.asks(Kind.DEPT_TASKS)) {
            for (String department : question.departments()) {
                departments.surfacesOf(department).stream().filter(s -> s.length() >= 3 || s.endsWith("办"))
                        .forEach(surface -> index.containing(surface).forEach(e -> naming.set(e.position())));
            }
        }
        return naming;
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
