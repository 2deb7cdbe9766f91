package org.policygraph.ask.retrieve;

import java.util.List;
import java.util.Optional;

import org.policygraph.ask.question.Question;
import org.policygraph.graph.read.TaskFacts;

/** The tasks found for a question, best first, with their facts. */
public record Evidence(Question question, List<Ranked> ranked, List<TaskFacts> tasks) {

    public Optional<TaskFacts> top() {
        return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.get(0));
    }

    /** Of the first {@code first} tasks, those covering the question at least {@code share} of the best of them. */
    public List<TaskFacts> nearBest(int first, double share) {
        double best = ranked.stream().limit(first).mapToDouble(Ranked::coverage).max().orElse(0);
        return tasks.stream().limit(first).filter(t -> coverageOf(t.id()) >= share * best).toList();
    }

    public double coverageOf(String taskId) {
        return ranked.stream().filter(r -> r.id().equals(taskId)).mapToDouble(Ranked::coverage).findFirst().orElse(0);
    }

    double scoreOf(String taskId) {
        return ranked.stream().filter(r -> r.id().equals(taskId)).mapToDouble(Ranked::score).findFirst().orElse(0);
    }
}
