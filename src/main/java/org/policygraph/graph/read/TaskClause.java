package org.policygraph.graph.read;

import java.util.List;
import java.util.Map;

/**
 * A task as a citable clause: its text as written, document, section, source line, units ({name, asWritten, basis?}),
 * deadlines ({date, text, kind}) and targets; {@code score} is the full-text score (1 for a task looked up by id).
 */
public record TaskClause(String id, String text, String docNo, String docKey, String docTitle, String jurisdiction,
                         String sectionPath, String sectionHeading, String sourceFile, int line,
                         List<Map<String, Object>> leads, List<Map<String, Object>> supports,
                         List<Map<String, Object>> deadlines, List<String> targets, double score) {
}
