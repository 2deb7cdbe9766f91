package org.policygraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a due date: 「2017年6月底前」 -> 2017-06-30 (month), 「每年1月20日前」 (day, recurring: the text keeps it),
 * 「年底前」 -> year end of the document's year, 「上半年」 -> 06-30, 「第三季度」 -> 09-30.
 */
final class DeadlineReader {
    private static final String Y = "(?:(\\d{4})年)";
    private static final Pattern DATE = Pattern.compile(
            "(每年|次年)?" + Y + "?(?:(\\d{1,2})月(?:(\\d{1,2})日|(底|末|份|中旬|下旬))?"
                    + "|(年底|年末|底|末|全年|上半年|下半年|年内)|(?:第)?([一二三四1-4])季度)(之前|前)?");
    private static final Pattern LABELLED = Pattern.compile(
            "(?:" + Labels.DEADLINE_LABELS + "|[^；;：:，,。]{0,12}时间)[:：]([^；;。]+)");
    private static final Pattern HISTORY = Pattern.compile("(截至|截止|比|较|与|同比|自|从|以来|相比|[-—~～]\\d{0,2}|[日月]至)$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PERIOD = Pattern.compile("[至到起\\-—~～]");
    private static final Pattern ACHIEVED = Pattern.compile("通过|完成|建成|投入|实现");

    private DeadlineReader() {
    }

    /** A date given under a 完成时间/…时间 label (any form counts there). */
    static Optional<Deadline> readLabelled(String text, Integer docYear) {
        if (!text.contains("时间") && !text.contains("时限") && !text.contains("期限") && !text.contains("节点")) {
            return Optional.empty();
        }
        Matcher m = LABELLED.matcher(SPACES.matcher(text).replaceAll(""));
        while (m.find()) {
            Optional<Deadline> d = first(m.group(1), docYear, false);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A date in running text that reads as a due date (…前, …底, …月份通过), not a base year (截至2015年底). */
    static Optional<Deadline> readInText(String text, Integer docYear) {
        return first(SPACES.matcher(text).replaceAll(""), docYear, true);
    }

    private static Optional<Deadline> first(String text, Integer docYear, boolean dueOnly) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            if (m.group().isEmpty() || m.group(2) == null && m.group(3) == null && m.group(6) == null
                    && m.group(7) == null) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 2), m.start());
            if (dueOnly && (!isDue(m, text) || HISTORY.matcher(before).find())) {
                continue;
            }
            Optional<Deadline> d = toDeadline(m, docYear);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static boolean isDue(Matcher m, String text) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
        if (PERIOD.matcher(after).lookingAt()) {
            return false;
        }
        return m.group(8) != null || m.group(1) != null || ("底".equals(m.group(5)) || "末".equals(m.group(5)))
                || m.group(6) != null && !m.group(6).equals("全年") && m.group(2) != null
                || "年底".equals(m.group(6)) || m.group(7) != null && (after.startsWith("前") || after.startsWith("末"))
                || "份".equals(m.group(5)) && ACHIEVED.matcher(after).lookingAt();
    }

    private static Optional<Deadline> toDeadline(Matcher m, Integer docYear) {
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : docYear;
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
