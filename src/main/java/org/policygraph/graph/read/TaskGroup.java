package org.policygraph.graph.read;

import java.util.List;

/**
 * A department or document with the number of tasks it holds in a ranking: key, label (name, or document number
 * else title), jurisdiction, the count, and the first task ids counted (reading order), to cite.
 */
public record TaskGroup(String key, String label, String jurisdiction, long tasks, List<String> shown) {
}
