package org.policygraph.graph;

/** The searchable text of a task: its sentence(s) and its section heading path. */
public record TaskText(String id, String docKey, String text, String heading) {
}
