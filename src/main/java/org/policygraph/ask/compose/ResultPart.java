package org.policygraph.ask.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskFactsById;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.TargetInfo;
import org.policygraph.graph.read.TargetResult;
import org.policygraph.graph.read.TaskFacts;

/**
 * A goal against its result (the graph's RESULT link): the goal, the figure a later document reports for its year,
 * met / exceeded / missed, both cited. A goal without a reported result is said to have none.
 */
final class ResultPart {
    private final Labels labels;
    private final PolicyReader reader;
    private final TaskFactsById facts;

    ResultPart(Labels labels, PolicyReader reader, TaskFactsById facts) {
        this.labels = labels;
        this.reader = reader;
        this.facts = facts;
    }

    void write(Evidence evidence, Draft draft) {
        draft.query("ask-target-results");
        List<String> ids = evidence.tasks().stream().map(TaskFacts::id).toList();
        Optional<TargetResult> asked = best(evidence, reader.targetResults(ids));
        Wording w = labels.wording();
        if (asked.isEmpty()) {
            draft.line(w.say("result.noGoal"));
            new RelatedPart(labels).write(evidence, null, draft);
            return;
        }
        TargetResult result = asked.get();
        Map<String, TaskFacts> tasks = tasks(evidence, result);
        TargetInfo goal = result.goal();
        String subject = goal.year() == null ? w.say("result.subjectNoYear", goal.metric())
                : w.say("result.subject", goal.year(), goal.metric());
        if (result.reported()) {
            draft.line(w.say("result.line", subject, figure(goal), figure(result.actual()),
                    w.say("result." + result.verdict())));
        } else {
            draft.line(w.say("result.unreported", subject, figure(goal)));
        }
        quote("result.goal", tasks.get(result.goalTaskId()), goal, draft);
        if (result.reported()) {
            quote("result.actual", tasks.get(result.actualTaskId()), result.actual(), draft);
            draft.relate(result.goalTaskId(), result.actualTaskId(), "RESULT");
        }
    }

    /**
     * The goal the question is about: of the year it names, the one whose metric covers most of it (none when no
     * metric shares a word with it), one with a reported result before one without, then the best-ranked task's.
     */
    private static Optional<TargetResult> best(Evidence evidence, List<TargetResult> results) {
        Question q = evidence.question();
        List<String> order = evidence.tasks().stream().map(TaskFacts::id).toList();
        List<TargetResult> ofYear = results.stream()
                .filter(r -> q.year() == null || q.year().equals(r.goal().year())).toList();
        return (ofYear.isEmpty() ? results : ofYear).stream().filter(r -> metricCoverage(q, r) > 0).min(Comparator
                .comparingDouble((TargetResult r) -> -metricCoverage(q, r))
                .thenComparing(r -> !r.reported())
                .thenComparingInt(r -> order.indexOf(r.taskId())));
    }

    private static double metricCoverage(Question q, TargetResult r) {
        String metrics = r.goal().metric() + " " + (r.reported() ? r.actual().metric() : "");
        return TaskIndex.coverage(q.terms(), Texts.fold(metrics));
    }

    /** The facts of the goal's and the result's tasks: from the evidence, else read. */
    private Map<String, TaskFacts> tasks(Evidence evidence, TargetResult result) {
        Map<String, TaskFacts> known = new LinkedHashMap<>();
        evidence.tasks().forEach(t -> known.put(t.id(), t));
        List<String> missing = new ArrayList<>();
        for (String id : new String[] {result.goalTaskId(), result.actualTaskId()}) {
            if (id != null && !known.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            facts.of(missing).forEach(t -> known.put(t.id(), t));
        }
        return known;
    }

    private void quote(String key, TaskFacts task, TargetInfo target, Draft draft) {
        String sentence = Sentences.shorten(target.text(), 300);
        draft.line(labels.wording().say(key, labels.document(task), labels.section(task), sentence));
        draft.cite(task, sentence);
    }

    /** A target's figure as the language states it: 20%以上, at most 4%. */
    private String figure(TargetInfo target) {
        String amount = BigDecimal.valueOf(target.value()).stripTrailingZeros().toPlainString() + target.unit();
        Wording w = labels.wording();
        return switch (target.comparator() == null ? "=" : target.comparator()) {
            case "≥" -> w.say("figure.atLeast", amount);
            case "≤" -> w.say("figure.atMost", amount);
            case "≈" -> w.say("figure.about", amount);
            default -> amount;
        };
    }
}
