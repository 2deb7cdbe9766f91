package org.policygraph.ask.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.policygraph.graph.read.DepartmentRole;
import org.policygraph.graph.read.TaskFacts;

/**
 * The facts of every task (document, departments, deadline, targets, projects), read from the graph in one query
 * with the catalog and rebuilt with it: an answer takes its evidence from here, not from a round trip per question.
 */
public final class TaskFactsById {
    private final List<TaskFacts> all;
    private final Map<String, TaskFacts> byId = new HashMap<>();
    private final RolesByDepartment roles;

    TaskFactsById(List<TaskFacts> all) {
        this.all = all;
        all.forEach(f -> byId.put(f.id(), f));
        this.roles = new RolesByDepartment(all);
    }

    /** The tasks the departments so named lead or support (as ask-department-tasks reads them), from memory. */
    public List<DepartmentRole> roles(List<String> departments) {
        return roles.of(departments);
    }

    /** Every task, in the order the graph returned them. */
    public List<TaskFacts> all() {
        return all;
    }

    /** The facts of the given tasks in the order given; an id the graph does not hold is left out. */
    public List<TaskFacts> of(List<String> ids) {
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
