package org.policygraph.ask.retrieve;

import java.util.BitSet;

import org.policygraph.ask.question.DepartmentNames;
import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;

/**
 * A unit's postings, for questions about units: who-questions favour tasks that assign units at all, and more so
 * those naming a unit the question names (「工信委牵头，配合的都有谁」); a unit's tasks favour those naming it (what a
 * unit does is written beside its name: 「市统计局：全市服务业统计工作的主管部门」). It brings no task itself.
 */
final class UnitPostingsRetriever implements Retriever {
    private static final double ASSIGNS_BONUS = 0.08;
    private static final double NAMES_BONUS = 0.12;
    private final boolean who;
    private final boolean unitTasks;
    /** Positions of the tasks whose text names a unit the question names, from the postings (no scan of texts). */
    private final BitSet naming = new BitSet();

    UnitPostingsRetriever(TaskIndex index, DepartmentNames departments, Question question) {
        who = question.asks(Kind.LEAD) || question.asks(Kind.SUPPORT);
        unitTasks = !who && question.asks(Kind.DEPT_TASKS);
        if (who || question.asks(Kind.DEPT_TASKS)) {
            for (String department : question.departments()) {
                departments.surfacesOf(department).stream().filter(s -> s.length() >= 3 || s.endsWith("办"))
                        .forEach(surface -> index.containing(surface).forEach(e -> naming.set(e.position())));
            }
        }
    }

    @Override
    public String name() {
        return "units";
    }

    @Override
    public double score(TaskIndex.Entry entry) {
        if (who && entry.assigned()) {
            return naming.get(entry.position()) ? ASSIGNS_BONUS + NAMES_BONUS : ASSIGNS_BONUS;
        }
        return unitTasks && naming.get(entry.position()) ? NAMES_BONUS : 0;
    }

    @Override
    public double most() {
        return who ? ASSIGNS_BONUS + NAMES_BONUS : unitTasks ? NAMES_BONUS : 0;
    }
}
