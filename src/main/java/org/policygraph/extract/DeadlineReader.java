package org.policygraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a due date: 「2017年6月底前」 -> 2017-06-30 (month), 「每年1月20日前」 (day, recurring: the text keeps it),
 * 「年底前」 -> year end of the document's year, 「上半年」 -> 06-30, 「第三季度」 -> 09-30.
 */
public final class DeadlineReader {
    private static final Pattern HISTORY = Pattern.compile("(截至|截止|比|较|与|同比|自|从|以来|相比|[-—~～]\\d{0,2}|[日月]至)$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PERIOD = Pattern.compile("[至到起\\-—~～]");
    /** 「到2015年」, 「2014年前」, and a year that opens a clause of a plan (「2012年，新增…」). */
    private static final Pattern YEAR = Pattern.compile("(到|至|力争到|争取到|力争|争取|在)?(\\d{4})年(以前|之前|前)?");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:(?:本|该)?[\\u4e00-\\u9fa5]{0,6}?(?:施行|实施|印发|发布|出台|下达)(?:之日起|后))?"
                    + "[一二三四五六七八九十两\\d]+个?(?:年|月|日|天|工作日|个工作日|周)(?:内|以内)");
    private static final Pattern RECURRING = Pattern.compile("每(?:年|半年|季度|月)[^，,。；;]{0,12}?(?:\\d{1,2}日|底|末)(?:前|之前)");
    private static final Pattern SERVICE_TIME = Pattern.compile("^[^，,]{0,40}?(审批|办结|受理|审核|审查|办理)");
    private static final Pattern ONGOING = Pattern.compile("长期坚持|长期推进|持续推进|长期");
    private static final Pattern STARTS = Pattern.compile("^[^，,。；;]{0,3}?(开工|启动|开始|动工)");
    private static final Pattern PAST = Pattern.compile("已|已经|完成了|取得|实现了|达到了|比上年|同比");

    private DeadlineReader() {
    }

    /**
     * The first time limit in running text: a due date (…前, …底, 到2015年, …月份通过), a relative limit (30日内,
     * 施行后一年内), a recurring one (每季度最后一个月的30日前); not a base year (截至2015年底), a period (2012－2015年)
     * or a past event (「2016年，…已全面启动」).
     */
    static Optional<Deadline> readInText(String text, Integer docYear) {
        String t = SPACES.matcher(text).replaceAll("");
        return Optional.ofNullable(first(t, docYear)).map(c -> startOrComplete(c, t));
    }

    /**
     * Every time limit of a sentence, in order (「一年内完成…；特别重大复杂的…两年内完成…」 has two): what the asker
     * quotes when a sentence is asked for its time limit. {@code docYear} may be null.
     */
    public static List<Deadline> allInText(String text, Integer docYear) {
        String t = SPACES.matcher(text).replaceAll("");
        List<Deadline> found = new ArrayList<>();
        int offset = 0;
        Candidate c;
        while (offset < t.length() && (c = first(t.substring(offset), docYear)) != null) {
            String rest = t.substring(offset);
            found.add(startOrComplete(c, rest));
            offset += Math.max(c.end, c.start + 1);
        }
        return found;
    }

    private static Candidate first(String t, Integer docYear) {
        Candidate best = null;
        for (Candidate c : Arrays.asList(date(t, docYear, true), t.indexOf('年') >= 0 ? year(t, docYear) : null,
                t.indexOf('每') >= 0 ? undated(t, RECURRING, "relative") : null,
                t.indexOf('内') >= 0 ? relative(t) : null)) {
            if (c != null && (best == null || c.start < best.start)) {
                best = c;
            }
        }
        return best;
    }

    /** A 完成时限 cell: any date form, else a relative limit or 长期坚持 (ongoing). */
    static Optional<Deadline> readCell(String cell, Integer docYear) {
        String t = SPACES.matcher(cell).replaceAll("");
        Optional<Deadline> dated = Optional.ofNullable(date(t, docYear, false)).map(Candidate::deadline)
                .or(() -> readInText(t, docYear));
        if (dated.isPresent()) {
            return dated;
        }
        Matcher ongoing = ONGOING.matcher(t);
        return ongoing.find() ? Optional.of(Deadline.undated(ongoing.group(), "ongoing")) : Optional.empty();
    }

    private record Candidate(int start, int end, Deadline deadline) {
    }

    /**
     * The first date of the text. In running text it must read as due (…前, …底, not 截至…), and a 到/至 before it
     * belongs to the phrase; a cell's date is its limit whatever the wording.
     */
    private static Candidate date(String text, Integer docYear, boolean inText) {
        Matcher m = DueDates.DATE.matcher(text);
        while (m.find()) {
            if (m.group().isEmpty() || m.group(2) == null && m.group(3) == null && m.group(6) == null
                    && m.group(7) == null) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 2), m.start());
            if (inText && (!DueDates.isDue(m, text) || HISTORY.matcher(before).find())) {
                continue;
            }
            Optional<Deadline> d = DueDates.toDeadline(m, docYear);
            if (d.isPresent()) {
                boolean to = inText && m.start() > 0 && "到至".indexOf(text.charAt(m.start() - 1)) >= 0;
                int start = to ? m.start() - 1 : m.start();
                Deadline found = d.get();
                return new Candidate(start, m.end(), new Deadline(found.date(), found.precision(),
                        text.substring(start, m.end()), found.kind()));
            }
        }
        return null;
    }

    private static Candidate year(String text, Integer docYear) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
            String before = text.substring(Math.max(0, m.start() - 2), m.start());
            boolean limit = m.group(1) != null && !m.group(1).equals("在") || m.group(3) != null;
            boolean clauseOpening = (m.start() == 0 || "，,。；;：:".indexOf(text.charAt(m.start() - 1)) >= 0)
                    && after.startsWith("，") && docYear != null && year >= docYear && !PAST.matcher(clause(text, m.end())).find();
            if (year < 1990 || year > 2100 || after.startsWith("底") || after.startsWith("末") || after.matches("^\\d.*")
                    || PERIOD.matcher(after).lookingAt() || HISTORY.matcher(before).find() || !(limit || clauseOpening)) {
                continue;
            }
            return new Candidate(m.start(), m.end(), new Deadline(LocalDate.of(year, 12, 31), "year", m.group()));
        }
        return null;
    }

    /**
     * A relative limit (30日内, 施行后一年内); not a service standard, the time an office takes to handle an application
     * (「环评报告书14个工作日内…完成审批」), which is a target of the plan, not its deadline.
     */
    private static Candidate relative(String text) {
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            if (!m.group().contains("工作日") || !SERVICE_TIME.matcher(clause(text, m.end())).find()) {
                return new Candidate(m.start(), m.end(), Deadline.undated(m.group(), "relative"));
            }
        }
        return null;
    }

    private static Candidate undated(String text, Pattern pattern, String kind) {
        Matcher m = pattern.matcher(text);
        return m.find() ? new Candidate(m.start(), m.end(), Deadline.undated(m.group(), kind)) : null;
    }

    private static Deadline startOrComplete(Candidate c, String text) {
        Deadline d = c.deadline;
        return STARTS.matcher(text.substring(c.end)).find() && d.date() != null
                ? new Deadline(d.date(), d.precision(), d.text(), "start") : d;
    }

    private static String clause(String text, int from) {
        int end = from;
        while (end < text.length() && "。；;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(from, end);
    }
}
