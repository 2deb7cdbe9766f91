package org.policygraph.ask.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.TaskFacts;

/** The asker's in-memory facts are what the graph answers for the same tasks, so answers need no round trip. */
class TaskFactsByIdIT {
    private final PolicyReader reader = new PolicyReader(TestGraph.corpus());

    @Test
    void should_hold_for_each_task_the_facts_the_per_task_query_returns() {
        TaskFactsById facts = new TaskFactsById(reader.allFacts());
        List<Predicate<TaskFacts>> kinds = List.of(t -> !t.leads().isEmpty(), t -> !t.supports().isEmpty(),
                t -> t.dueDate() != null, t -> !t.targets().isEmpty(), t -> !t.projects().isEmpty());
        List<String> ids = kinds.stream().flatMap(kind -> facts.all().stream().filter(kind).limit(5))
                .map(TaskFacts::id).distinct().toList();

        assertThat(ids).hasSizeGreaterThan(15);
        assertThat(facts.of(ids)).containsExactlyElementsOf(reader.facts(ids));
    }

    @Test
    void should_hold_the_tasks_each_department_leads_or_supports_as_the_store_reads_them() {
        TaskFactsById facts = new TaskFactsById(reader.allFacts());
        List<String> departments = facts.all().stream()
                .flatMap(t -> Stream.concat(t.leads().stream(), t.supports().stream()))
                .map(a -> a.name()).distinct().limit(40).toList();

        assertThat(departments).hasSizeGreaterThan(20);
        for (List<String> names : List.of(departments.subList(0, 1), departments.subList(3, 6), departments)) {
            assertThat(facts.roles(names).stream().map(DepartmentTasksKey::of).toList())
                    .containsExactlyInAnyOrderElementsOf(reader.departmentTasks(names).stream()
                            .map(DepartmentTasksKey::of).toList());
        }
    }

    /** A role as the answer uses it (the supporter's basis is not read). */
    private record DepartmentTasksKey(String taskId, boolean leads, String basis, String department) {
        static DepartmentTasksKey of(org.policygraph.graph.read.DepartmentRole r) {
            return new DepartmentTasksKey(r.taskId(), r.leads(), r.leads() ? r.basis() : null, r.department());
        }
    }

    @Test
    void should_give_facts_in_the_order_asked_and_leave_out_unknown_ids() {
        TaskFactsById facts = new TaskFactsById(reader.allFacts());
        List<String> some = Stream.of(facts.all().get(7), facts.all().get(2)).map(TaskFacts::id).toList();

        assertThat(facts.of(List.of(some.get(0), "no-such-task", some.get(1))).stream().map(TaskFacts::id))
                .containsExactlyElementsOf(some);
    }
}
