package org.policygraph.graph.read;

/** One task a department (by its name) is tied to: role LEADS or SUPPORTS, basis as on the relation. */
public record DepartmentRole(String taskId, String role, String basis, String department) {
    public boolean leads() {
        return "LEADS".equals(role);
    }
}
