package org.policygraph.extract;

import java.time.LocalDate;

/** 「2017年6月底前」 -> 2017-06-30 with precision "month"; precision is "day", "month", "quarter" or "year". */
public record Deadline(LocalDate date, String precision, String text) {
}
