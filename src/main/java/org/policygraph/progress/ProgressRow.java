package org.policygraph.progress;

import java.util.List;

/**
 * One row or paragraph of a progress report. {@code name} is the work it reports on as the report words it (the
 * task column, or a paragraph's heading), {@code units} the responsible units as written (the first is the lead),
 * {@code text} the whole row; {@code percent} and {@code lagPoints} (points behind the expected progress) are null
 * when not stated; {@code statusText} is the wording as written (null when the status was derived from figures).
 */
public record ProgressRow(int line, String name, List<String> units, String text, Double percent, Double lagPoints,
                          String status, String statusText, String deadlineText) {

    public String lead() {
        return units.isEmpty() ? null : units.get(0);
    }
}
