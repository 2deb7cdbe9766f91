package org.policygraph.graph.read;

import java.util.List;

/**
 * A department node: its names (short, full, English, aliases), level, how many tasks it leads and supports;
 * inDictionary is false for a unit recognised by its form only.
 */
public record DepartmentSummary(String name, String fullName, String nameEn, List<String> aliases, String level,
                                long leads, long supports, boolean inDictionary) {
}
