package org.policygraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as time limits: the date forms (3月底, 2015年底, 第三季度, 上半年), whether one reads as due, and its date. */
final class DueDates {
    private static final String Y = "(?:(\\d{4})年)";
    static final Pattern DATE = Pattern.compile(
            "(每年|次年)?" + Y + "?(?:(\\d{1,2})月(?:(\\d{1,2})日|(底|末|份|中旬|下旬))?"
                    + "|(年底|年末|底|末|全年|上半年|下半年|年内)|(?:第)?([一二三四1-4])季度)(之前|前)?");
    private static final Pattern PERIOD = Pattern.compile("[至到起\\-—~～]");
    private static final Pattern ACHIEVED = Pattern.compile("通过|完成|建成|投入|实现");

    private DueDates() {
    }

    static boolean isDue(Matcher m, String text) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
        if (PERIOD.matcher(after).lookingAt()) {
            return false;
        }
        return m.group(8) != null || m.group(1) != null || ("底".equals(m.group(5)) || "末".equals(m.group(5)))
                || m.group(6) != null && !m.group(6).equals("全年") && m.group(2) != null
                || "年底".equals(m.group(6)) || m.group(7) != null && (after.startsWith("前") || after.startsWith("末"))
                || "份".equals(m.group(5)) && ACHIEVED.matcher(after).lookingAt();
    }

    static Optional<Deadline> toDeadline(Matcher m, Integer docYear) {
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : docYear;
        if (year == null && m.group(3) != null) {
            // 「5月底前」 in a document that says no year: the limit as written, with no date
            return Optional.of(Deadline.undated(m.group(), "complete"));
        }
        if (year == null || year < 1990 || year > 2100) {
            return Optional.empty();
        }
        if ("次年".equals(m.group(1))) {
            year++;
        }
        String text = m.group();
        if (m.group(3) != null) {
            int month = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            if (m.group(4) != null) {
                int day = Integer.parseInt(m.group(4));
                return day < 1 || day > YearMonth.of(year, month).lengthOfMonth() ? Optional.empty()
                        : Optional.of(new Deadline(LocalDate.of(year, month, day), "day", text));
            }
            return Optional.of(new Deadline(YearMonth.of(year, month).atEndOfMonth(), "month", text));
        }
        if (m.group(7) != null) {
            int quarter = "一二三四".indexOf(m.group(7)) >= 0 ? "一二三四".indexOf(m.group(7)) + 1
                    : Integer.parseInt(m.group(7));
            return Optional.of(new Deadline(YearMonth.of(year, quarter * 3).atEndOfMonth(), "quarter", text));
        }
        if ("上半年".equals(m.group(6))) {
            return Optional.of(new Deadline(LocalDate.of(year, 6, 30), "quarter", text));
        }
        return Optional.of(new Deadline(LocalDate.of(year, 12, 31), "year", text));
    }
}
