package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.ask.question.Texts;

/**
 * The one ranking rule: a task's score is the weighted sum of its retrievers' scores, with the weights of
 * graph-import/retrieval-weights.tsv (fitted on the public sets). The priors (document hints, a unit's postings)
 * score every task without bringing any: the lexical pool ranks by coverage plus them, and stops on their bound,
 * which is the sum of each prior's {@link Retriever#most()} times its weight, so a change of a prior changes it.
 */
final class WeightedFusion {
    private static final Map<String, Double> WEIGHTS = weights();
    private final List<Retriever> priors;

    WeightedFusion(List<Retriever> priors) {
        this.priors = priors;
    }

    /** What the priors give a task (a document's boost, the bonuses of who-questions). */
    double prior(TaskIndex.Entry entry) {
        double prior = 0;
        for (Retriever r : priors) {
            prior += weight(r) * r.score(entry);
        }
        return prior;
    }

    /** The most {@link #prior} gives any task of the question. */
    double mostPrior() {
        double most = 0;
        for (Retriever r : priors) {
            most += weight(r) * r.most();
        }
        return most;
    }

    /** The most {@link #prior} gives a task of the document. */
    double mostPriorIn(String docKey) {
        double most = 0;
        for (Retriever r : priors) {
            most += weight(r) * r.mostIn(docKey);
        }
        return most;
    }

    /**
     * The tasks the retrievers brought, in the order they brought them, each with its fused score; {@code coverage}
     * is kept apart for the answer (how much of the question a clause holds).
     */
    List<Ranked> fuse(List<Retriever> retrievers, Map<String, TaskIndex.Entry> candidates, Retriever coverage) {
        // summed in the order of the weights file: the same sum, to the last bit, whatever order brought the tasks
        List<Retriever> summed = new ArrayList<>(retrievers);
        summed.sort(Comparator.comparingInt(WeightedFusion::rank));
        Map<Retriever, Map<String, Double>> scores = new HashMap<>();
        for (Retriever r : summed) {
            scores.put(r, r.scores(candidates.values()));
        }
        for (Retriever r : priors) {
            scores.put(r, r.scores(candidates.values()));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (TaskIndex.Entry entry : candidates.values()) {
            double score = 0;
            for (Retriever r : summed) {
                score += weight(r) * scores.get(r).getOrDefault(entry.id(), 0.0);
            }
            double prior = 0;
            for (Retriever r : priors) {
                prior += weight(r) * scores.get(r).getOrDefault(entry.id(), 0.0);
            }
            ranked.add(new Ranked(entry.id(), entry.docKey(), score + prior,
                    scores.get(coverage).getOrDefault(entry.id(), 0.0)));
        }
        return ranked;
    }

    /** Every task some retriever brought, in the order they were brought. */
    static Set<String> brought(Collection<Retriever> retrievers) {
        Set<String> ids = new LinkedHashSet<>();
        retrievers.forEach(r -> ids.addAll(r.found()));
        return ids;
    }

    private static double weight(Retriever r) {
        Double weight = WEIGHTS.get(r.name());
        if (weight == null) {
            throw new IllegalStateException("No weight for retriever " + r.name() + " in retrieval-weights.tsv");
        }
        return weight;
    }

    private static int rank(Retriever r) {
        return new ArrayList<>(WEIGHTS.keySet()).indexOf(r.name());
    }

    private static Map<String, Double> weights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String line : Texts.lines("graph-import/retrieval-weights.tsv")) {
            String[] columns = line.split("\t");
            weights.put(columns[0].strip(), Double.parseDouble(columns[1].strip()));
        }
        return weights;
    }
}
