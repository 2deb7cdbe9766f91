package org.policygraph.graph;

/** The searchable text of a task: its sentence(s), its section heading path, whether departments are tied to it. */
public record TaskText(String id, String docKey, String text, String heading, boolean assigned) {
}
