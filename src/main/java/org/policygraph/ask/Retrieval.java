package org.policygraph.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.Evidence;
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

    private Retrieval() {
    }

    static Evidence evidence(GraphSnapshot graph, Question understood, boolean useCaches) {
        List<Ranked> ranked = ranked(graph, understood, useCaches);
        List<TaskFacts> facts = graph.catalog().facts().of(ranked.stream().limit(EVIDENCE).map(Ranked::id).toList());
        return new Evidence(understood, ranked, facts);
    }

    /** The ranked clauses an answer is composed from; a recurring topic or a result takes each document's best first. */
    static List<Ranked> ranked(GraphSnapshot graph, Question understood, boolean useCaches) {
        // a goal's result is reported by a later document than the plan the question names
        boolean recurring = understood.asks(Kind.CROSS_DOC) || understood.asks(Kind.RESULT);
        List<Ranked> ranked = graph.ranker().rank(understood, recurring ? 40 : EVIDENCE * 2, useCaches);
        return recurring ? diversified(ranked) : ranked;
    }

    /** The best task of each of the first documents, then the rest: a recurring topic needs every document. */
    private static List<Ranked> diversified(List<Ranked> ranked) {
        List<Ranked> firsts = new ArrayList<>();
        Set<String> docs = new HashSet<>();
        for (Ranked r : ranked) {
            if (docs.size() < DOCUMENTS && docs.add(r.docKey())) {
                firsts.add(r);
            }
        }
        List<Ranked> all = new ArrayList<>(firsts);
        ranked.stream().filter(r -> !firsts.contains(r)).forEach(all::add);
        return all;
    }
}
