package org.policygraph.extract;

import java.util.List;

/**
 * One actionable unit of a document, with everything extracted from it. {@code sectionPath} is the
 * {@link org.policygraph.parse.Section#path()} it belongs to ("" for the preamble); {@code leaders} the people in charge
 * (分管领导 columns and labels), who are never departments.
 */
public record Task(String id, String sectionPath, String text, int line, List<Target> targets,
                   List<Responsibility> responsibilities, Deadline deadline, List<String> projects,
                   List<Leader> leaders) {
}
