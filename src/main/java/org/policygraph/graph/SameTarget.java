package org.policygraph.graph;

/** A target of one task stated again by a task of another document, and whether the figures agree. */
public record SameTarget(String targetId, String otherTaskId, String otherText, boolean agree) {
}
