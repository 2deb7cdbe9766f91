package org.policygraph.ask.compose;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.Ranked;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskFactsById;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.TaskFacts;

/**
 * Projects under a topic: the projects the best task mentions and its best sentences; when the task only
 * introduces a list (「重大项目谋划：」), the items that follow it in its section.
 */
final class ProjectPart {
    private static final int ITEMS = 8;
    private final Labels labels;
    private final PolicyReader reader;
    private final TaskFactsById facts;

    ProjectPart(Labels labels, PolicyReader reader, TaskFactsById facts) {
        this.labels = labels;
        this.reader = reader;
        this.facts = facts;
    }

    Optional<TaskFacts> write(Evidence evidence, Draft draft) {
        Optional<TaskFacts> top = listing(evidence).or(evidence::top);
        if (top.isEmpty()) {
            return top;
        }
        TaskFacts task = top.get();
        Wording w = labels.wording();
        Set<String> projects = new LinkedHashSet<>(task.projects());
        if (!projects.isEmpty()) {
            draft.line(w.say("project.header", String.join(w.listSeparator(), projects)));
        }
        Sentences.ranked(Sentences.textOf(task), evidence.question().terms()).stream().limit(projects.isEmpty() ? 2 : 1)
                .forEach(s -> draft.line(w.say("source.quote", Sentences.shorten(s.sentence(), 300))));
        if (introducesList(task)) {
            following(task).forEach(item -> {
                draft.line("- " + Sentences.shorten(Sentences.textOf(item), 120));
                draft.cite(item, Sentences.shorten(item.text(), 200));
            });
        }
        return top;
    }

    /** Among the best tasks, one that names projects or opens a list, if it covers the question nearly as well. */
    private static Optional<TaskFacts> listing(Evidence evidence) {
        double best = evidence.ranked().stream().limit(4).mapToDouble(Ranked::coverage).max().orElse(0);
        return evidence.tasks().stream().limit(4)
                .filter(t -> !t.projects().isEmpty() || introducesList(t))
                .filter(t -> evidence.coverageOf(t.id()) >= 0.8 * best).findFirst();
    }

    private static boolean introducesList(TaskFacts task) {
        String text = task.text() == null ? "" : task.text().strip();
        return text.length() < 40 && (text.endsWith(":") || text.endsWith("：")) || text.length() < 15;
    }

    private List<TaskFacts> following(TaskFacts task) {
        List<String> ids = reader.sectionTasks(task.id());
        int at = ids.indexOf(task.id());
        List<String> next = ids.subList(at + 1, Math.min(ids.size(), at + 1 + ITEMS));
        return next.isEmpty() ? List.of() : facts.of(next);
    }
}
