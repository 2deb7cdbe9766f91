package org.policygraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.policygraph.ask.question.DocumentScope;
import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.NamedRow;
import org.policygraph.ask.retrieve.Ranked;
import org.policygraph.graph.read.TaskFacts;

/**
 * The retrieve step: the clauses of the graph ranked for the question (coverage, BM25, vectors, in the question's
 * scope), and the facts of the first {@link #EVIDENCE} of them, which the slot readers read.
 */
final class Retrieval {
    static final int EVIDENCE = 8;
    /** How many documents a recurring topic (CROSS_DOC) takes its best clause from first. */
    private static final int DOCUMENTS = 4;
    /** What a document's second clause weighs of its score when the question points at no document (then squared…). */
    private static final double FURTHER = 0.85;

    private Retrieval() {
    }

    static Evidence evidence(GraphSnapshot graph, Question understood, boolean useCaches) {
        NamedRow.Named named = graph.ranker().namedRowsFirst(understood.terms(), ranked(graph, understood, useCaches));
        List<Ranked> ranked = named.ranked();
        List<TaskFacts> facts = graph.catalog().facts().of(ranked.stream().limit(EVIDENCE).map(Ranked::id).toList());
        return new Evidence(understood, ranked, facts, named.names());
    }

    /**
     * The ranked clauses an answer is composed from. A recurring topic, a result, and a question that points at no
     * document (the clause may stand in any plan: 「规上工业增加值增长那项谁牵头」) take each document's best first.
     */
    static List<Ranked> ranked(GraphSnapshot graph, Question understood, boolean useCaches) {
        // a goal's result is reported by a later document than the plan the question names
        boolean recurring = understood.asks(Kind.CROSS_DOC) || understood.asks(Kind.RESULT);
        boolean anyPlan = !recurring && pointsNowhere(understood);
        List<Ranked> ranked = graph.ranker().rank(understood, recurring || anyPlan ? 40 : EVIDENCE * 2, useCaches);
        if (understood.asks(Kind.RESULT)) {
            return withReport(ranked, graph.ranker().rank(understood.elsewhere(), 40, useCaches),
                    DocumentScope.of(understood));
        }
        return recurring ? diversified(blocks(ranked)) : anyPlan ? spread(ranked) : ranked;
    }

    /**
     * The plan's best clause, then the best clause of another document (found with the plan's name set aside: the
     * report of a result does not carry the plan's title), then the rest of both; each task once.
     */
    static List<Ranked> withReport(List<Ranked> asked, List<Ranked> namesAside, Set<String> named) {
        List<List<Ranked>> planned = blocks(asked);
        List<List<Ranked>> elsewhere = blocks(namesAside);
        Set<String> plans = new HashSet<>(named);
        if (!planned.isEmpty()) {
            plans.add(planned.get(0).get(0).docKey());
        }
        List<List<Ranked>> reports = elsewhere.stream().filter(b -> !plans.contains(b.get(0).docKey())).toList();
        List<List<Ranked>> order = new ArrayList<>(planned.subList(0, Math.min(1, planned.size())));
        order.addAll(reports.subList(0, Math.min(1, reports.size())));
        order.addAll(planned.subList(Math.min(1, planned.size()), planned.size()));
        order.addAll(reports.subList(Math.min(1, reports.size()), reports.size()));
        Set<String> placed = new HashSet<>();
        List<List<Ranked>> once = new ArrayList<>();
        for (List<Ranked> block : order) {
            List<Ranked> left = block.stream().filter(r -> placed.add(r.id())).toList();
            if (!left.isEmpty()) {
                once.add(new ArrayList<>(left));
            }
        }
        return diversified(once);
    }

    /** Neither a document, a place nor a unit's list is asked: any plan may hold the clause. */
    private static boolean pointsNowhere(Question q) {
        return q.scope().isEmpty() && DocumentScope.of(q).isEmpty() && !q.followUp()
                && !q.asks(Kind.DEPT_TASKS) && !q.asks(Kind.PROJECT) && !q.asks(Kind.LISTING_RULE);
    }

    /**
     * The best clause of each of the first documents, then the rest: a recurring topic needs every document. A
     * clause keeps what is attached to it (a lead-in's items, a table's note).
     */
    private static List<Ranked> diversified(List<List<Ranked>> blocks) {
        List<List<Ranked>> firsts = new ArrayList<>();
        Set<String> docs = new HashSet<>();
        for (List<Ranked> block : blocks) {
            if (docs.size() < DOCUMENTS && docs.add(block.get(0).docKey())) {
                firsts.add(block);
            }
        }
        List<Ranked> all = new ArrayList<>();
        firsts.forEach(all::addAll);
        blocks.stream().filter(b -> !firsts.contains(b)).forEach(all::addAll);
        return all;
    }

    /**
     * Each further clause of a document weighs {@link #FURTHER} of its score, so that a plan's near-equal clause
     * yields to another plan's (the three plans that set 「规上工业增加值增长」) while a plan's clearly better ones stay.
     */
    static List<Ranked> spread(List<Ranked> ranked) {
        List<List<Ranked>> blocks = blocks(ranked);
        Map<String, Integer> seen = new HashMap<>();
        Map<List<Ranked>, Double> weighed = new IdentityHashMap<>();
        for (List<Ranked> block : blocks) {
            int before = seen.merge(block.get(0).docKey(), 1, Integer::sum) - 1;
            weighed.put(block, block.get(0).score() * Math.pow(FURTHER, before));
        }
        List<List<Ranked>> order = new ArrayList<>(blocks);
        order.sort(Comparator.comparingDouble((List<Ranked> b) -> weighed.get(b)).reversed());
        List<Ranked> all = new ArrayList<>();
        order.forEach(all::addAll);
        return all;
    }

    /** The ranking cut into clauses with what is attached to them: the same document and score right after it. */
    private static List<List<Ranked>> blocks(List<Ranked> ranked) {
        List<List<Ranked>> blocks = new ArrayList<>();
        for (Ranked r : ranked) {
            List<Ranked> last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last.get(0).docKey().equals(r.docKey()) && last.get(0).score() == r.score()) {
                last.add(r);
            } else {
                blocks.add(new ArrayList<>(List.of(r)));
            }
        }
        return blocks;
    }
}
