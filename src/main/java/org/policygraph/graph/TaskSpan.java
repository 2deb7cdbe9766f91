package org.policygraph.graph;

/** Where a task starts: its source file and first line. */
public record TaskSpan(String id, String sourceFile, int line) {
}
