package org.policygraph.ask.compose;

import java.util.List;
import java.util.Optional;

import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.TaskFacts;

/**
 * Facts about one task: figures and time limits first (they pick the task the answer rests on), then who
 * leads and supports it, then where it stands; "not specified" plus related tasks when the fact is missing.
 */
final class FactPart {
    private final Labels labels;
    private final Catalog catalog;

    FactPart(Labels labels, Catalog catalog) {
        this.labels = labels;
        this.catalog = catalog;
    }

    Draft write(Question q, Evidence evidence, Draft draft) {
        Wording w = labels.wording();
        TaskFacts anchor = evidence.top().orElseThrow();
        boolean missing = false;
        if (q.asks(Kind.LIST_COUNT)) {
            Optional<TaskFacts> counted = new ListCountPart(labels, catalog).write(evidence, draft);
            if (counted.isPresent()) {
                source(q, counted.get(), false, draft);
                return draft;
            }
        }
        if (q.asks(Kind.VALUE)) {
            Optional<TaskFacts> found = new ValuePart(labels).write(evidence, draft);
            missing |= found.isEmpty();
            anchor = found.orElse(anchor);
            if (found.isEmpty()) {
                draft.line(w.say("value.none"));
                tableNote(anchor).ifPresent(note -> {
                    draft.line(w.say("value.tableNote", Sentences.shorten(note.text(), 200)));
                    draft.cite(note, Sentences.shorten(note.text(), 200));
                });
            }
        }
        if (q.asks(Kind.DEADLINE)) {
            DeadlinePart deadlines = new DeadlinePart(labels);
            Optional<TaskFacts> found = deadlines.write(evidence, draft);
            boolean answered = found.isPresent() || deadlines.answeredByStart(q.text());
            if (!answered) {
                // 「哪天通过的」, "when does it take effect": the date an event is written with, not a time limit
                found = new EventDatePart(labels, catalog).write(evidence, draft);
                answered = found.isPresent();
            }
            missing |= !answered;
            anchor = found.orElse(anchor);
            if (!answered) {
                draft.line(w.say("deadline.none"));
            }
        }
        if (q.asks(Kind.LEAD) || q.asks(Kind.SUPPORT)) {
            Optional<TaskFacts> assigned = assigned(q, evidence, anchor, draft);
            missing |= assigned.isEmpty();
            anchor = assigned.orElse(anchor);
            if (assigned.isEmpty()) {
                draft.line(w.say("lead.none"));
            }
        } else if (q.asks(Kind.PROJECT) && !q.asks(Kind.VALUE) && !q.asks(Kind.DEADLINE)) {
            anchor = new ProjectPart(labels, catalog).write(evidence, draft).orElse(anchor);
        } else if (!q.asks(Kind.VALUE) && !q.asks(Kind.DEADLINE)) {
            general(q, anchor, draft);
        }
        source(q, anchor, missing, draft);
        if (missing) {
            new RelatedPart(labels).write(evidence, anchor, draft);
        }
        return draft;
    }

    /**
     * Who is in charge of the anchor task; else of a task of the same document that matches the question as well
     * (an outline often states the task in one paragraph and assigns it in the next).
     */
    private Optional<TaskFacts> assigned(Question q, Evidence evidence, TaskFacts anchor, Draft draft) {
        LeadPart writer = new LeadPart(labels);
        if (writer.write(q, anchor, draft)) {
            return Optional.of(anchor);
        }
        double coverage = evidence.coverageOf(anchor.id());
        for (TaskFacts other : evidence.tasks()) {
            if (!other.id().equals(anchor.id()) && other.docKey().equals(anchor.docKey())
                    && evidence.coverageOf(other.id()) >= 0.85 * coverage && writer.write(q, other, draft)) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    /** No recognised kind (or a project question): the best sentences, and the departments if any. */
    private void general(Question q, TaskFacts task, Draft draft) {
        Wording w = labels.wording();
        if (!task.projects().isEmpty()) {
            draft.line(w.say("project.header", String.join(w.listSeparator(), task.projects())));
        }
        Sentences.ranked(Sentences.textOf(task), q.terms()).stream().limit(2)
                .forEach(s -> draft.line(w.say("source.quote", Sentences.shorten(s.sentence(), 300))));
        if (task.hasDepartments()) {
            new LeadPart(labels).write(q, task, draft);
        }
    }

    private void source(Question q, TaskFacts task, boolean missing, Draft draft) {
        Wording w = labels.wording();
        draft.line(w.say("source", labels.document(task), labels.section(task)));
        String best = Sentences.ranked(Sentences.textOf(task), q.terms()).stream().findFirst()
                .map(Sentences.Scored::sentence).orElse(task.text());
        if (!missing && !draft.text().contains("「")) {
            draft.line(w.say("source.quote", Sentences.shorten(best, 300)));
        }
        draft.cite(task, Sentences.shorten(best, 300));
    }

    /** The note under the table whose row the task is: why a row without a figure has none (「仍在测算中」). */
    private Optional<TaskFacts> tableNote(TaskFacts row) {
        TaskIndex.Entry entry = catalog.index().byId().get(row.id());
        return entry == null ? Optional.empty()
                : catalog.index().tableNoteOf(entry).flatMap(note -> catalog.facts().of(List.of(note.id())).stream()
                        .findFirst());
    }
}
