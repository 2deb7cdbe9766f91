package org.policygraph.progress;

/**
 * How many points behind the expected (time-elapsed) progress make a row late and seriously late: the lexicon's
 * defaults, or a report's own note.
 */
public record Thresholds(double late, double seriouslyLate) {

    /** The status a percentage has at a point of the year where {@code expected} percent should be done. */
    public String statusOf(double percent, double expected) {
        if (percent >= 100) {
            return "done";
        }
        return statusOfLag(expected - percent);
    }

    /** The status of a row that is {@code lag} points behind its expected progress. */
    public String statusOfLag(double lag) {
        if (lag >= seriouslyLate) {
            return "seriously-late";
        }
        return lag >= late ? "late" : "on-track";
    }
}
