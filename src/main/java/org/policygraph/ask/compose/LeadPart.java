package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.Assignment;
import org.policygraph.graph.read.TaskFacts;

/** Who leads a task and who else is responsible: explicit lead vs first-listed vs the rest, with the quote. */
final class LeadPart {
    /** The NAMED_IN relations (frame fields of roles.tsv) that put a body in charge of the work. */
    private static final Set<String> IN_CHARGE = Set.of("founded", "host", "entrusted", "organiser");
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
            return writeNamed(question, task, draft);
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
        if (question.asks(Kind.UNITS_COUNTED)) {
            // 「几个责任单位」 asks both roles (QuestionCues.unitsCounted): every unit the task names
            int count = (question.asks(Kind.LEAD) ? leads.size() : 0) + (question.asks(Kind.SUPPORT) ? supports.size() : 0);
            draft.line(w.say("units.count", w.count(count)));
        }
        quotes(task).forEach(quote -> draft.line(w.say("assignment.quote", quote)));
        return true;
    }

    /**
     * Where no lead or supporter is read, the bodies the text puts in charge in other words (「成立X，负责」,
     * 「办公室设在X」, 「X受…委托」, 「由X召集」): those of the sentence that best covers the question, with it. A body
     * a plan is submitted or reported to (「报X批准」, 「向X报告」) is not in charge of it.
     */
    private boolean writeNamed(Question question, TaskFacts task, Draft draft) {
        Map<String, List<Assignment>> bySentence = new LinkedHashMap<>();
        task.named().stream().filter(a -> IN_CHARGE.contains(a.basis()))
                .forEach(a -> bySentence.computeIfAbsent(a.quote(), q -> new ArrayList<>()).add(a));
        Optional<String> best = bySentence.keySet().stream()
                .max(Comparator.comparingDouble(q -> TaskIndex.coverage(question.terms(), Texts.fold(q))));
        if (best.isEmpty()) {
            return false;
        }
        Wording w = labels.wording();
        draft.line(w.say("lead.fromText", labels.departments(bySentence.get(best.get()))));
        draft.line(w.say("source.quote", best.get()));
        return true;
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
