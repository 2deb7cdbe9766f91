package org.policygraph.graph.read;

import java.util.List;

/** A task due by a date, with its document and responsible units. */
public record DeadlineEntry(String date, String precision, String taskId, String text, String docKey, String docNo,
                            String docTitle, String section, int line, List<String> leads, List<String> supports) {
}
