package org.policygraph.graph.read;

/** A subject taken from the graph to build a suggested question: kind is project, department or target. */
public record SuggestionSeed(String kind, String subject, String detail) {
}
