package org.policygraph.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the task a report row reports on among the candidates (the tasks of the report's plan, else of its
 * jurisdiction): how much of the row's name, weighted by rarity among the candidates' texts, the task's text
 * holds, raised when the row's lead unit leads the task (or is one of its units) and lowered when the row names
 * units and none is the task's. Below {@link #THRESHOLD} the row matches nothing: it is work the plans do not hold.
 */
public final class ProgressMatcher {
    /** The least score a link needs; measured on the fixtures, see src/test/resources/progress/README.md. */
    public static final double THRESHOLD = 0.6;
    private static final double LEAD_BONUS = 0.15;
    private static final double UNIT_BONUS = 0.08;
    private static final double UNIT_MISMATCH = 0.15;

    /** A task and how well a row matches it. */
    public record Match(TaskCandidate task, double score) {
    }

    private final List<TaskCandidate> candidates;
    private final List<Set<String>> pairs;
    private final Map<String, Double> idf = new HashMap<>();

    public ProgressMatcher(List<TaskCandidate> candidates) {
        this.candidates = candidates;
        this.pairs = candidates.stream().map(c -> Bigrams.of(c.text())).toList();
        Map<String, Integer> df = new HashMap<>();
        pairs.forEach(set -> set.forEach(b -> df.merge(b, 1, Integer::sum)));
        double n = candidates.size();
        df.forEach((b, count) -> idf.put(b, Math.log(1 + n / count)));
    }

    /** The best task for the row if it scores at least the threshold. */
    public Optional<Match> match(ProgressRow row) {
        return best(row).filter(m -> m.score() >= THRESHOLD);
    }

    /** The best-scoring task, whatever its score. */
    public Optional<Match> best(ProgressRow row) {
        Set<String> asked = Bigrams.of(row.name());
        double total = asked.stream().mapToDouble(this::weight).sum();
        if (total == 0) {
            return Optional.empty();
        }
        Match best = null;
        for (int i = 0; i < candidates.size(); i++) {
            Set<String> held = pairs.get(i);
            double covered = asked.stream().filter(held::contains).mapToDouble(this::weight).sum();
            double score = covered / total + unitScore(row, candidates.get(i));
            if (best == null || score > best.score()) {
                best = new Match(candidates.get(i), score);
            }
        }
        return Optional.ofNullable(best);
    }

    private double weight(String pair) {
        return idf.getOrDefault(pair, Math.log(1 + candidates.size()));
    }

    private static double unitScore(ProgressRow row, TaskCandidate task) {
        if (row.units().isEmpty() || task.leads().isEmpty() && task.supports().isEmpty()) {
            return 0;
        }
        if (UnitMatch.any(row.lead(), task.leads())) {
            return LEAD_BONUS;
        }
        boolean shared = row.units().stream().anyMatch(u -> UnitMatch.any(u, task.leads())
                || UnitMatch.any(u, task.supports()));
        return shared ? UNIT_BONUS : -UNIT_MISMATCH;
    }
}
