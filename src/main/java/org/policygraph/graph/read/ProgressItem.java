package org.policygraph.graph.read;

import java.util.List;

/**
 * A task with its latest progress as of a date: the task (its plan, section, lead units as written, deadline; a
 * task of work in no plan is {@code notInPlan}) and the latest report's as-of date, status, words, percentage,
 * row text, units and source. The progress fields are null when no report speaks of the task. {@code reports} is
 * how many reports on it there are as of that date (the earlier ones are its history).
 */
public record ProgressItem(String taskId, String taskText, boolean notInPlan, String sectionPath, String docNo,
                           String docTitle, String jurisdiction, List<String> leads, String deadline,
                           String deadlineText, String asOf, String status, String statusText, Double percent,
                           String progressText, List<String> units, String reportTitle, String reportDocNo,
                           String sourceFile, int line, int reports) {

    public boolean reported() {
        return asOf != null || status != null;
    }
}
