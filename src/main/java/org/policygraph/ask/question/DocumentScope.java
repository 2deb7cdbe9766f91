package org.policygraph.ask.question;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The documents a question clearly points at (by number, or a title match close to the best one). */
public final class DocumentScope {
    private static final double MIN_BOOST = 0.15;

    private DocumentScope() {
    }

    public static Set<String> of(Question question) {
        return of(question.documentBoosts());
    }

    /** How clearly the question points at its best document: that document's boost, 0 when it names none. */
    public static double pointer(Question question) {
        return strongest(question.documentBoosts());
    }

    private static double strongest(Map<String, Double> boosts) {
        return boosts.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    public static Set<String> of(Map<String, Double> boosts) {
        double best = strongest(boosts);
        if (best < MIN_BOOST) {
            return Set.of();
        }
        return boosts.entrySet().stream().filter(e -> e.getValue() >= 0.8 * best)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
