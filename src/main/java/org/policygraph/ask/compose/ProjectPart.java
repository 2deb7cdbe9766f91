package org.policygraph.ask.compose;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.Ranked;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.ask.retrieve.TaskRanker;
import org.policygraph.graph.read.TaskFacts;

/**
 * Projects under a topic: the projects the best task mentions and its best sentences; when the task only
 * introduces a list (「重大项目谋划：」), the items that follow it in its section.
 */
final class ProjectPart {
    private static final int ITEMS = TaskRanker.INTRODUCED;
    private final Labels labels;
    private final Catalog catalog;

    ProjectPart(Labels labels, Catalog catalog) {
        this.labels = labels;
        this.catalog = catalog;
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
        List<TaskFacts> items = items(task);
        if (!items.isEmpty()) {
            items.forEach(item -> {
                draft.line("- " + Sentences.shorten(Sentences.textOf(item), 120));
                draft.cite(item, Sentences.shorten(item.text(), 200));
            });
        }
        return top;
    }

    /** Among the best tasks, one that names projects or opens a list, if it covers the question nearly as well. */
    private Optional<TaskFacts> listing(Evidence evidence) {
        double best = evidence.ranked().stream().limit(4).mapToDouble(Ranked::coverage).max().orElse(0);
        return evidence.tasks().stream().limit(4)
                .filter(t -> !t.projects().isEmpty() || !items(t).isEmpty())
                .filter(t -> evidence.coverageOf(t.id()) >= 0.8 * best).findFirst();
    }

    /** The items the task introduces as a lead-in (「重大项目谋划：」), none when it is no lead-in. */
    private List<TaskFacts> items(TaskFacts task) {
        TaskIndex.Entry entry = catalog.index().byId().get(task.id());
        List<String> ids = entry == null ? List.of()
                : catalog.index().introducedBy(entry, ITEMS).stream().map(TaskIndex.Entry::id).toList();
        return ids.isEmpty() ? List.of() : catalog.facts().of(ids);
    }
}
