package org.policygraph.ask;

import java.util.Optional;

import org.policygraph.graph.TaskFacts;

/** When a task is due: the graph's DUE_BY deadline, else a time limit written in the best sentence. */
final class DeadlineWriter {
    private final Labels labels;

    DeadlineWriter(Labels labels) {
        this.labels = labels;
    }

    /** The task the answer rests on, or empty when no time limit is written (the caller says so). */
    Optional<TaskFacts> write(Evidence evidence, Draft draft) {
        Wording w = labels.wording();
        Optional<SentenceFinder.Found> found = SentenceFinder.find(evidence, (t, s) -> !DatePhrases.in(s).isEmpty());
        Optional<TaskFacts> top = evidence.top();
        if (top.isPresent() && top.get().dueText() != null
                && (found.isEmpty() || found.get().task().id().equals(top.get().id()))) {
            TaskFacts task = top.get();
            String due = task.dueText() + (labels.english() && task.dueDate() != null ? " (" + task.dueDate() + ")" : "");
            draft.line(w.say("deadline.graph", due));
            found.ifPresent(f -> draft.line(w.say("source.quote", f.sentence())));
            return top;
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SentenceFinder.Found f = found.get();
        draft.line(w.say("deadline.text", String.join(w.listSeparator(), DatePhrases.in(f.sentence()))));
        draft.line(w.say("source.quote", f.sentence()));
        return Optional.of(f.task());
    }
}
