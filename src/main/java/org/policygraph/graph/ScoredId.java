package org.policygraph.graph;

/** A node id with a search score. */
public record ScoredId(String id, double score) {
}
