package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

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
    /** The priors' weights, looked up once: {@link #prior} is asked for every task a question's walk offers. */
    private final double[] priorWeights;

    WeightedFusion(List<Retriever> priors) {
        this.priors = priors;
        priorWeights = priors.stream().mapToDouble(WeightedFusion::weight).toArray();
    }

    /** What the priors give a task (a document's boost, the bonuses of who-questions). */
    double prior(TaskIndex.Entry entry) {
        return weightedPriors(r -> r.score(entry));
    }

    /** The most {@link #prior} gives any task of the question. */
    double mostPrior() {
        return weightedPriors(Retriever::most);
    }

    /** The most {@link #prior} gives a task of the document. */
    double mostPriorIn(String docKey) {
        return weightedPriors(r -> r.mostIn(docKey));
    }

    /**
     * The tasks the retrievers brought, in the order they brought them, each with its fused score; {@code coverage}
     * is kept apart for the answer (how much of the question a clause holds).
     */
    List<Ranked> fuse(List<Retriever> retrievers, Map<String, TaskIndex.Entry> candidates, Retriever coverage) {
        // summed in the order of the weights file: the same sum, to the last bit, whatever order brought the tasks
        List<Retriever> summed = inWeightsOrder(retrievers);
        Map<Retriever, Map<String, Double>> scores = new HashMap<>();
        for (Retriever r : summed) {
            scores.put(r, r.scores(candidates.values()));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (TaskIndex.Entry entry : candidates.values()) {
            double score = 0;
            for (Retriever r : summed) {
                score += weight(r) * scores.get(r).getOrDefault(entry.id(), 0.0);
            }
            ranked.add(new Ranked(entry.id(), entry.docKey(), score + prior(entry),
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

    /** The retrievers in the order of the weights file (each must have a weight there). */
    private static List<Retriever> inWeightsOrder(List<Retriever> retrievers) {
        retrievers.forEach(WeightedFusion::weight);
        List<Retriever> ordered = new ArrayList<>();
        for (String name : WEIGHTS.keySet()) {
            retrievers.stream().filter(r -> r.name().equals(name)).forEach(ordered::add);
        }
        return ordered;
    }

    /** Each prior's value times its weight, summed in the priors' order. */
    private double weightedPriors(ToDoubleFunction<Retriever> value) {
        double sum = 0;
        for (int i = 0; i < priorWeights.length; i++) {
            sum += priorWeights[i] * value.applyAsDouble(priors.get(i));
        }
        return sum;
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
