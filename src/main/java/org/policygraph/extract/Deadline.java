package org.policygraph.extract;

import java.time.LocalDate;

/**
 * A time limit as written. 「2017年6月底前」 -> 2017-06-30, precision "month", kind "complete"; precision is "day",
 * "month", "quarter" or "year". {@code kind} is "complete" (due by), "start" (「3月底前开工」), "relative"
 * (「30日内」, 「施行后一年内」, 「每季度最后一个月的30日前」: no calendar date, {@code date} null) or "ongoing"
 * (「长期坚持」, {@code date} null).
 */
public record Deadline(LocalDate date, String precision, String text, String kind) {
    public Deadline(LocalDate date, String precision, String text) {
        this(date, precision, text, "complete");
    }

    static Deadline undated(String text, String kind) {
        return new Deadline(null, null, text, kind);
    }
}
