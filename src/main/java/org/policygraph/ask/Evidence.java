package org.policygraph.ask;

import java.util.List;
import java.util.Optional;

import org.policygraph.graph.read.TaskFacts;

/** The tasks found for a question, best first, with their facts. */
record Evidence(Question question, List<Ranked> ranked, List<TaskFacts> tasks) {

    Optional<TaskFacts> top() {
        return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.get(0));
    }

    double coverageOf(String taskId) {
        return ranked.stream().filter(r -> r.id().equals(taskId)).mapToDouble(Ranked::coverage).findFirst().orElse(0);
    }

    double scoreOf(String taskId) {
        return ranked.stream().filter(r -> r.id().equals(taskId)).mapToDouble(Ranked::score).findFirst().orElse(0);
    }
}
