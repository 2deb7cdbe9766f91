package org.policygraph.graph.read;

/** A node id with a search score. */
public record ScoredId(String id, double score) {
}
