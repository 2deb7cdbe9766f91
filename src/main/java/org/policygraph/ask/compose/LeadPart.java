package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.BodyMentions;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TextAssignments;
import org.policygraph.graph.read.Assignment;
import org.policygraph.graph.read.TaskFacts;

/** Who leads a task and who else is responsible: explicit lead vs first-listed vs the rest, with the quote. */
final class LeadPart {
    private final Labels labels;

    LeadPart(Labels labels) {
        this.labels = labels;
    }

    /** Returns false when the documents do not say who is in charge (the caller then says so). */
    boolean write(Question question, TaskFacts task, Draft draft) {
        Wording w = labels.wording();
        List<Assignment> leads = ordered(task.leads(), task.text());
        List<Assignment> supports = ordered(task.supports(), task.text());
        if (leads.isEmpty() && supports.isEmpty()) {
            return writeFromText(question, task, draft);
        }
        if (!leads.isEmpty()) {
            boolean explicit = leads.stream().anyMatch(Assignment::explicit);
            draft.line(w.say(explicit ? "lead.explicit" : "lead.firstListed", labels.departments(leads)));
        }
        if (question.asks(Kind.SUPPORT) || !supports.isEmpty() && !question.asks(Kind.LEAD)) {
            draft.line(supports.isEmpty() ? w.say("support.none")
                    : w.say("support.listed", labels.departments(supports))
                    + (leads.isEmpty() ? "" : w.say("support.withLead", labels.departments(leads))));
        }
        quotes(task).forEach(quote -> draft.line(w.say("assignment.quote", quote)));
        return true;
    }

    private boolean writeFromText(Question question, TaskFacts task, Draft draft) {
        List<Sentences.Scored> best = Sentences.ranked(Sentences.textOf(task), question.terms()).stream().limit(3).toList();
        for (Sentences.Scored scored : best) {
            TextAssignments.Reading reading = TextAssignments.read(scored.sentence());
            if (!reading.leads().isEmpty()) {
                writeReading(question, reading, draft);
                draft.line(labels.wording().say("assignment.quote", scored.sentence()));
                return true;
            }
        }
        for (Sentences.Scored scored : best) {
            List<String> bodies = BodyMentions.in(scored.sentence());
            if (!bodies.isEmpty()) {
                draft.line(labels.wording().say("lead.fromText", String.join(labels.wording().listSeparator(),
                        bodies.stream().map(labels::department).toList())));
                draft.line(labels.wording().say("source.quote", scored.sentence()));
                return true;
            }
        }
        return false;
    }

    private void writeReading(Question question, TextAssignments.Reading reading, Draft draft) {
        Wording w = labels.wording();
        String leads = String.join(w.listSeparator(), reading.leads().stream().map(labels::department).toList());
        String supports = String.join(w.listSeparator(), reading.supports().stream().map(labels::department).toList());
        draft.line(w.say(reading.explicit() ? "lead.explicit" : "lead.firstListed", leads));
        if (question.asks(Kind.SUPPORT) || !reading.supports().isEmpty()) {
            draft.line(reading.supports().isEmpty() ? w.say("support.none")
                    : w.say("support.listed", supports) + w.say("support.withLead", leads));
        }
    }

    /** Departments in the order the text lists them (the graph keeps no order). */
    static List<Assignment> ordered(List<Assignment> assignments, String text) {
        List<Assignment> sorted = new ArrayList<>(assignments);
        String folded = Texts.fold(text);
        sorted.sort((a, b) -> Integer.compare(position(a, folded), position(b, folded)));
        return sorted;
    }

    private static int position(Assignment assignment, String folded) {
        String quote = Texts.fold(assignment.quote());
        String name = Texts.fold(assignment.name());
        String shortName = name.startsWith("市") ? name.substring(1) : name;
        int inQuote = quote.indexOf(shortName);
        int inText = folded.indexOf(shortName);
        return inQuote >= 0 ? inQuote : inText >= 0 ? 10_000 + inText : Integer.MAX_VALUE;
    }

    private static Set<String> quotes(TaskFacts task) {
        Set<String> quotes = new LinkedHashSet<>();
        for (Assignment assignment : concat(task.leads(), task.supports())) {
            if (assignment.quote() != null && !assignment.quote().isBlank()) {
                quotes.add(Sentences.shorten(assignment.quote(), 160));
            }
        }
        return quotes;
    }

    private static List<Assignment> concat(List<Assignment> a, List<Assignment> b) {
        List<Assignment> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
