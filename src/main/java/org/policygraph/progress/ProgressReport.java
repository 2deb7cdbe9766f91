package org.policygraph.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * What a progress report holds: the date it speaks as of ({@code asOfSource} says where it was read: "title",
 * "header" or "issued"), the thresholds it applies, and its rows. {@code planTitles} are the plans it names
 * (《…》 and document numbers), used to look for its tasks in those plans first; {@code title} the header line
 * that says it is a report (「关于…推进情况的通报」), which may not be the line the parser took for the title.
 */
public record ProgressReport(LocalDate asOf, String asOfSource, Thresholds thresholds, List<ProgressRow> rows,
                             List<String> planTitles, String title) {
}
