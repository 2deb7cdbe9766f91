package org.policygraph.graph.read;

import java.util.List;

/** A task counted: its id, how the units asked hold it (explicit, first-listed, support) and its due date (ISO). */
public record TaskTally(String id, List<String> roles, String dueDate) {
}
