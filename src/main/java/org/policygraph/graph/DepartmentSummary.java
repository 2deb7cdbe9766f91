package org.policygraph.graph;

/** A department with how many tasks it leads and supports; inDictionary is false for names only seen in text. */
public record DepartmentSummary(String name, String fullName, String nameEn, long leads, long supports,
                                boolean inDictionary) {
}
