package org.policygraph.graph.read;

/**
 * Where a document, section or task starts: its source file and first line; {@code section} names a task's section.
 * {@code kind} is "document", "section" or "task".
 */
public record TaskSpan(String id, String kind, String sourceFile, int line, String section) {
    public boolean task() {
        return "task".equals(kind);
    }
}
