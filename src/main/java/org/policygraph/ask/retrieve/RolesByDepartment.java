package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.graph.read.Assignment;
import org.policygraph.graph.read.DepartmentRole;
import org.policygraph.graph.read.TaskFacts;

/**
 * The tasks each department leads or supports, as ask-department-tasks.cypher reads them from the store, taken from
 * the read model's task facts once per graph version: a department question then costs no store read, whose rows grow
 * with the corpus (forty copies of a plan, forty times a department's rows) and which the store may cut off under load.
 */
final class RolesByDepartment {
    private final Map<String, List<DepartmentRole>> byName = new HashMap<>();

    RolesByDepartment(List<TaskFacts> facts) {
        for (TaskFacts task : facts) {
            for (Assignment lead : task.leads()) {
                add(new DepartmentRole(task.id(), "LEADS", lead.basis(), lead.name()));
            }
            for (Assignment support : task.supports()) {
                add(new DepartmentRole(task.id(), "SUPPORTS", support.basis(), support.name()));
            }
        }
        byName.values().forEach(roles -> ((ArrayList<DepartmentRole>) roles).trimToSize());
    }

    private void add(DepartmentRole role) {
        byName.computeIfAbsent(role.department(), n -> new ArrayList<>()).add(role);
    }

    /** The roles of the departments so named, department by department in the order given. */
    List<DepartmentRole> of(List<String> names) {
        List<DepartmentRole> roles = new ArrayList<>();
        names.stream().distinct().forEach(name -> roles.addAll(byName.getOrDefault(name, List.of())));
        return roles;
    }
}
