package org.policygraph.ask.compose;

import java.util.List;

import org.policygraph.ask.question.GraphQuestion;
import org.policygraph.ask.question.GraphQuestion.Measure;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskFactsById;
import org.policygraph.graph.read.GraphTallies;
import org.policygraph.graph.read.TaskFacts;
import org.policygraph.graph.read.TaskGroup;

/** Units or documents ranked by their tasks, most first, each with its count and its first task cited. */
final class GraphRankingPart {
    private static final int TOP = 10;
    private final Labels labels;
    private final GraphPhrases phrases;
    private final TaskFactsById facts;
    private final GraphTallies tallies;

    GraphRankingPart(Labels labels, GraphPhrases phrases, TaskFactsById facts, GraphTallies tallies) {
        this.labels = labels;
        this.phrases = phrases;
        this.facts = facts;
        this.tallies = tallies;
    }

    void write(GraphQuestion g, Draft draft) {
        Wording w = labels.wording();
        boolean units = g.measure() == Measure.RANK_UNITS;
        List<TaskGroup> groups = units ? tallies.units(GraphPhrases.filter(g, false), TOP, 1)
                : tallies.documents(GraphPhrases.filter(g, false), TOP, 1);
        draft.query(units ? "graph-rank-units" : "graph-rank-documents");
        boolean places = groups.stream().map(TaskGroup::jurisdiction).distinct().count() > 1;
        String counted = units ? phrases.role(g.role()) + phrases.conditions(g)
                : phrases.subject(g, g.units().isEmpty() ? null : g.units().get(0));
        draft.line(w.say(units ? "graph.rankUnits" : "graph.rankDocuments", phrases.asOf(g), phrases.scope(g),
                counted, groups.size()));
        int n = 1;
        for (TaskGroup group : groups) {
            List<TaskFacts> first = facts.of(group.shown());
            String example = first.isEmpty() ? "" : labels.taskName(first.get(0), 30);
            String where = first.isEmpty() ? "" : first.get(0).docNo() == null ? labels.section(first.get(0))
                    : first.get(0).docNo();
            draft.line(w.say("graph.rankItem", n++, label(group, units, places, first), group.tasks(),
                    example + (where.isEmpty() ? "" : (labels.english() ? ", " : "，") + where),
                    first.isEmpty() ? 0 : first.get(0).line()));
            first.forEach(task -> draft.cite(task, Sentences.shorten(task.text(), 200)));
        }
    }

    private String label(TaskGroup group, boolean units, boolean places, List<TaskFacts> first) {
        if (!units) {
            return first.isEmpty() ? group.label() : labels.document(first.get(0));
        }
        String name = labels.department(group.label());
        return places && group.jurisdiction() != null ? name + "（" + group.jurisdiction() + "）" : name;
    }
}
