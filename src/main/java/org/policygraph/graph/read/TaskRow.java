package org.policygraph.graph.read;

import java.util.List;
import java.util.Map;

/**
 * One row of the task division table: a task with its document, section, units, deadline and targets.
 * {@code leads} and {@code supports} hold {name, asWritten, basis?, fullName}, a support also its role (support or
 * implementer); {@code deadline} {text, date, kind} or null; {@code targets} {value, unit, year, comparator, kind,
 * metric, text}; {@code leaders} the people in charge {name, title}.
 */
public record TaskRow(String docNo, String docKey, String title, String jurisdiction, String id, String sectionPath,
                      String sectionHeading, String text, String sourceFile, int line,
                      List<Map<String, Object>> leads, List<Map<String, Object>> supports,
                      Map<String, Object> deadline, List<Map<String, Object>> targets,
                      List<Map<String, Object>> leaders) {
}
