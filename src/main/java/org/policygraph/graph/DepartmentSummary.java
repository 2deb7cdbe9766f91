package org.policygraph.graph;

/** A department with how many tasks it leads and supports. */
public record DepartmentSummary(String name, String fullName, String nameEn, long leads, long supports) {
}
