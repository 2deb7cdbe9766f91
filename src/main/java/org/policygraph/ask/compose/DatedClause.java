package org.policygraph.ask.compose;

import java.util.List;
import java.util.Optional;

import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.graph.read.TaskFacts;

/**
 * The refusal decision for a time limit: when the best clause has none and no sentence found states one, a clause
 * of the same document among the best few that answers the question nearly as well and has a time limit in the graph
 * (a 完成时间 label, a table cell) answers it; a clause of another document is about another item. Only when none
 * of them has one do the documents not state it.
 */
final class DatedClause {
    private static final int TASKS = 4;
    /** Answers the question's terms at least this well itself … */
    private static final double MIN_COVERAGE = 0.5;
    /** … and nearly as well as the best of the few: else its date is another item's. */
    private static final double NEAR_BEST = 0.85;

    private DatedClause() {
    }

    static Optional<TaskFacts> among(Evidence evidence) {
        List<TaskFacts> tasks = evidence.tasks().stream().limit(TASKS).toList();
        double best = tasks.stream().mapToDouble(t -> evidence.coverageOf(t.id())).max().orElse(0);
        String document = tasks.isEmpty() ? null : tasks.get(0).docKey();
        return tasks.stream().filter(t -> t.dueText() != null && !"start".equals(t.dueKind()) && evidence.names(t))
                .filter(t -> t.docKey().equals(document))
                .filter(t -> evidence.coverageOf(t.id()) >= Math.max(MIN_COVERAGE, NEAR_BEST * best)).findFirst();
    }
}
