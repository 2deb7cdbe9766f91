package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policygraph.ask.question.Glossary;
import org.policygraph.ask.question.GraphQuestion;
import org.policygraph.ask.question.GraphQuestion.Measure;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.graph.read.GraphTallies;
import org.policygraph.graph.read.TaskFacts;
import org.policygraph.graph.read.TaskTally;

/**
 * Answers a graph question (a count, a ranking, a due list) from its Cypher template: every number with the tasks it
 * counts, the first of them shown and cited, so a person can check it.
 */
public final class GraphAnswerPart {
    private static final int SHOWN = 10;
    private final Catalog catalog;
    private final GraphTallies tallies;
    private final Glossary glossary;

    public GraphAnswerPart(Catalog catalog, GraphTallies tallies, Glossary glossary) {
        this.catalog = catalog;
        this.tallies = tallies;
        this.glossary = glossary;
    }

    /** {@code lines} hears each line of the answer as soon as it is written. */
    public Draft write(GraphQuestion g, Question q, Consumer<String> lines) {
        Labels labels = new Labels(Wording.of(q.language()), catalog.departments(), glossary);
        GraphPhrases phrases = new GraphPhrases(labels, catalog);
        Draft draft = new Draft(lines);
        if (g.unread() != GraphQuestion.Unread.NONE) {
            // a count over every unit or document would answer another question than the one asked
            draft.line(labels.wording().say(g.unread() == GraphQuestion.Unread.UNIT ? "graph.unreadUnit"
                    : "graph.unreadDocument", phrases.scope(g)));
            return draft;
        }
        if (g.measure() == Measure.RANK_UNITS || g.measure() == Measure.RANK_DOCUMENTS) {
            new GraphRankingPart(labels, phrases, catalog.facts(), tallies).write(g, draft);
        } else {
            count(g, q, labels, phrases, draft);
        }
        return draft;
    }

    private void count(GraphQuestion g, Question q, Labels labels, GraphPhrases phrases, Draft draft) {
        Wording w = labels.wording();
        boolean list = g.measure() == Measure.LIST;
        List<TaskTally> counted = tallies.tasks(GraphPhrases.filter(g, list));
        String unit = q.departments().isEmpty() || g.units().isEmpty() ? null : q.departments().get(0);
        draft.line(w.say("graph.count", phrases.asOf(g), phrases.scope(g), phrases.subject(g, unit),
                w.count(counted.size()), breakdown(counted, w), g.noun() == null ? "" : " " + g.noun()));
        draft.query("graph-count-tasks");
        if (counted.isEmpty()) {
            return;
        }
        Map<String, TaskTally> byId = counted.stream().collect(Collectors.toMap(TaskTally::id, Function.identity()));
        List<TaskFacts> shown = catalog.facts().of(counted.stream().limit(SHOWN).map(TaskTally::id).toList());
        draft.line(w.say("graph.shown", shown.size()));
        int n = 1;
        for (TaskFacts task : shown) {
            String due = byId.get(task.id()).dueDate();
            String extra = (due == null ? "" : w.say("graph.itemDue", labels.date(due)))
                    + (list && !task.leads().isEmpty() ? w.say("graph.itemLeads", labels.departments(task.leads()))
                    : "");
            draft.line(w.say("graph.item", n++, labels.taskName(task, 30), Sentences.shorten(task.text(), 80),
                    task.docNo() == null ? labels.section(task) : task.docNo(), task.line(), extra));
            draft.cite(task, Sentences.shorten(task.text(), 200));
        }
    }

    /** How the units asked hold the tasks counted: explicit leads, first-listed, supporting; empty when no unit. */
    private static String breakdown(List<TaskTally> counted, Wording w) {
        long explicit = counted.stream().filter(t -> t.roles().contains("explicit")).count();
        long first = counted.stream().filter(t -> !t.roles().contains("explicit") && t.roles().contains("first-listed"))
                .count();
        long support = counted.stream().filter(t -> !t.roles().isEmpty() && t.roles().stream()
                .allMatch("support"::equals)).count();
        List<String> parts = new ArrayList<>();
        if (explicit > 0) {
            parts.add(w.say("graph.explicit", explicit));
        }
        if (first > 0) {
            parts.add(w.say("graph.firstListed", first));
        }
        if (support > 0) {
            parts.add(w.say("graph.supported", support));
        }
        return parts.size() < 2 ? "" : w.say("graph.breakdown", String.join(w.listSeparator(), parts));
    }
}
