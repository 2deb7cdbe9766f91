package org.policygraph.extract;

import java.time.LocalDate;

/**
 * A time limit as written. 「2017年6月底前」 -> 2017-06-30, precision "month", kind "complete"; precision is "day",
 * "month", "quarter" or "year". {@code kind} is "complete" (due by), "start" (「3月底前开工」), "relative"
 * (「30日内」, 「施行后一年内」, 「每季度最后一个月的30日前」: no calendar date, {@code date} null) or "ongoing"
 * (「长期坚持」, {@code date} null). {@code cell}: the whole 完成时间 cell when it stages several dates
 * (「2017年7月底前，完成装修…；8月底前，…；10月1日，大厅正式启用运行」: the limit is its first date, the cell says
 * what falls due when), else null.
 */
public record Deadline(LocalDate date, String precision, String text, String kind, String cell) {
    public Deadline(LocalDate date, String precision, String text) {
        this(date, precision, text, "complete");
    }

    public Deadline(LocalDate date, String precision, String text, String kind) {
        this(date, precision, text, kind, null);
    }

    static Deadline undated(String text, String kind) {
        return new Deadline(null, null, text, kind);
    }

    /** The same limit with the whole labelled cell it was read from, kept when the cell stages several dates. */
    Deadline withCell(String whole) {
        return new Deadline(date, precision, text, kind, whole);
    }
}
