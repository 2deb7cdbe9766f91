package org.policygraph.ask.retrieve;

import java.util.List;
import java.util.Optional;

import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.TermGroup;
import org.policygraph.graph.read.TaskFacts;

/**
 * The tasks found for a question, best first, with their facts; named: what names the item asked, which a task must
 * write for a slot read from it to answer the question ({@link NamedRow}).
 */
public record Evidence(Question question, List<Ranked> ranked, List<TaskFacts> tasks, List<TermGroup> named) {

    public Evidence(Question question, List<Ranked> ranked, List<TaskFacts> tasks) {
        this(question, ranked, tasks, List.of());
    }

    /** The task writes what names the item asked: a slot read from it answers the question. */
    public boolean names(TaskFacts task) {
        if (named.isEmpty()) {
            return true;
        }
        String whole = SentenceFinder.whole(task);
        return named.stream().allMatch(t -> t.foundIn(whole));
    }

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
