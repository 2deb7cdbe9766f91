package org.policygraph.ask;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policygraph.graph.TaskFacts;

/** Projects under a topic: the projects the best tasks mention, and the sentences that list them. */
final class ProjectWriter {
    private final Labels labels;

    ProjectWriter(Labels labels) {
        this.labels = labels;
    }

    Optional<TaskFacts> write(Evidence evidence, Draft draft) {
        Optional<TaskFacts> top = evidence.top();
        if (top.isEmpty()) {
            return top;
        }
        TaskFacts task = top.get();
        Set<String> projects = new LinkedHashSet<>(task.projects());
        Wording w = labels.wording();
        if (!projects.isEmpty()) {
            draft.line(w.say("project.header", String.join(w.listSeparator(), projects)));
        }
        List<Sentences.Scored> sentences = Sentences.ranked(task.text(), evidence.question().terms());
        sentences.stream().limit(projects.isEmpty() ? 3 : 1)
                .forEach(s -> draft.line(w.say("source.quote", Sentences.shorten(s.sentence(), 300))));
        return top;
    }
}
