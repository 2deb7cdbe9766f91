package org.policygraph.graph.read;

import java.util.List;

/**
 * A task with its latest progress as of a date: the task (its plan, section, lead units as written, deadline; a
 * task of work in no plan is {@code notInPlan}; {@code leaders} the people in charge of it) and the latest report's as-of date, status, words, percentage,
 * row text, units and source; {@code reportedAs} the work as the report names it. The progress fields are null when no report speaks of the task. {@code reports} is
 * how many reports on it there are as of that date (the earlier ones are its history).
 */
public record ProgressItem(String taskId, String taskText, boolean notInPlan, String sectionPath,
                           String sectionHeading, String docNo, String docKey,
                           String docTitle, String jurisdiction, List<String> leads, List<String> leaders,
                           String deadline,
                           String deadlineText, String asOf, String reportedAs, String status, String statusText, Double percent,
                           String progressText, List<String> units, String reportTitle, String reportDocNo,
                           String taskSourceFile, int taskLine, String sourceFile, int line, int reports) {

    /** What the task is called: its item's heading (the last part, up to its first full stop), else its text. */
    public String title() {
        String heading = sectionHeading == null ? "" : sectionHeading.substring(sectionHeading.lastIndexOf('>') + 1)
                .split("[。；]", 2)[0].strip();
        return heading.length() >= 4 && taskText.contains(heading) || heading.length() >= 4 && heading.length() <= 30
                ? heading : taskText;
    }

    public boolean reported() {
        return asOf != null || status != null;
    }
}
