package org.policygraph.graph;

/** One task a department is tied to: role LEADS or SUPPORTS, basis as on the relation. */
public record DepartmentRole(String taskId, String role, String basis) {
    public boolean leads() {
        return "LEADS".equals(role);
    }
}
