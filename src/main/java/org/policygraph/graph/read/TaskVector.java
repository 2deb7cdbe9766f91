package org.policygraph.graph.read;

/** A task's embedding (bge-small-zh). */
public record TaskVector(String id, float[] vector) {
}
