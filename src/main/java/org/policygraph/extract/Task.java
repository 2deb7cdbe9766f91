package org.policygraph.extract;

import java.util.List;

/**
 * One actionable unit of a document, with everything extracted from it. {@code sectionPath} is the
 * {@link org.policygraph.parse.Section#path()} it belongs to ("" for the preamble).
 */
public record Task(String id, String sectionPath, String text, int line, List<Target> targets,
                   List<Responsibility> responsibilities, Deadline deadline, List<String> projects) {
}
