package org.policygraph.ask.compose;

import java.util.List;

import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.graph.read.TaskFacts;

/**
 * After "the documents do not say", the nearest tasks that do name departments, labelled as related. Only
 * tasks covering most of the question qualify, and they are named by heading, so no figure is put forward.
 */
final class RelatedPart {
    private static final double MIN_COVERAGE = 0.55;
    private static final int MAX = 3;
    private final Labels labels;

    RelatedPart(Labels labels) {
        this.labels = labels;
    }

    void write(Evidence evidence, TaskFacts answered, Draft draft) {
        List<TaskFacts> related = evidence.tasks().stream()
                .filter(t -> answered == null || !t.id().equals(answered.id()))
                .filter(TaskFacts::hasDepartments)
                .filter(t -> evidence.coverageOf(t.id()) >= MIN_COVERAGE)
                .limit(MAX).toList();
        if (related.isEmpty()) {
            return;
        }
        Wording w = labels.wording();
        draft.line(w.say("related.header"));
        int n = 1;
        for (TaskFacts task : related) {
            List<org.policygraph.graph.read.Assignment> leads = LeadPart.ordered(task.leads(), task.text());
            String colon = labels.english() ? ": " : "：";
            String who = leads.isEmpty() ? w.say("role.support") + colon + labels.departments(task.supports())
                    : role(leads) + colon + labels.departments(leads);
            draft.line(w.say("related.item", n++, labels.taskName(task, 30), who,
                    task.docNo() == null ? labels.document(task) : task.docNo()));
            draft.cite(task, Sentences.shorten(task.text(), 120));
        }
    }

    private String role(List<org.policygraph.graph.read.Assignment> leads) {
        boolean explicit = leads.stream().anyMatch(org.policygraph.graph.read.Assignment::explicit);
        return labels.wording().say(explicit ? "role.explicit" : "role.firstListed");
    }
}
