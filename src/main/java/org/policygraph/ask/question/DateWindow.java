package org.policygraph.ask.question;

import java.time.LocalDate;

/**
 * A span of dates a question asks about: {@code from} (null: open, as in 「2016年底前」 asked in 2017) to
 * {@code to}, both inclusive; {@code asOf} is the date the question is asked at (its 「截至…」 / "as of …", else
 * today), {@code asOfStated} whether the question gave it.
 */
public record DateWindow(LocalDate from, LocalDate to, LocalDate asOf, boolean asOfStated) {

    /** ISO start, or null when the window is open at the start. */
    public String fromIso() {
        return from == null ? null : from.toString();
    }

    public String toIso() {
        return to.toString();
    }
}
