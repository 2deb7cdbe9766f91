package org.policygraph.graph;

import java.util.List;

/** A department node's names and how many tasks it leads and supports. */
public record DepartmentInfo(String name, String fullName, String nameEn, List<String> aliases, String level,
                             long leads, long supports) {
}
