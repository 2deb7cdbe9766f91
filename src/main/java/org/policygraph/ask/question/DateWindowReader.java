package org.policygraph.ask.question;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the as-of date (「截至2017年6月30日」, "as of 30 June 2017") and the window of dates a question names
 * (「今年三季度」, 「6月底前」, 「2017年底前」, 「下个月」, "by the end of 2017", "in Q3 2017"). The period words are
 * rows of graph-import/date-windows.tsv; only the digits of dates are read here.
 */
public final class DateWindowReader {
    private static final Pattern AS_OF_ZH = Pattern.compile(
            "(?:截至|截止(?:到|至)?|今天是|现在是|以)\\s*(20\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern AS_OF_EN = Pattern.compile(
            "\\bas (?:of|at)\\s+(?:(\\d{1,2})\\s+([a-z]+)\\.?,?\\s+(20\\d\\d)|([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(20\\d\\d)"
                    + "|(20\\d\\d-\\d\\d-\\d\\d))");
    /** Document numbers (郑政〔2017〕12号) hold years that are no period. */
    private static final Pattern DOC_NUMBER_YEAR = Pattern.compile("[〔\\[(（【]20\\d\\d[〕\\])）】]");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final Pattern MONTH_ZH = Pattern.compile(
            "(?<![个\\d])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s*月(?:份)?(?:(\\d{1,2})\\s*[日号])?");
    private static final Pattern BY = Pattern.compile(
            "(?<=[底末月度年日号])\\s*(?:以|之)?前|为止|\\bby\\b|\\bbefore\\b|\\buntil\\b|\\bno later than\\b");
    private static final String NUMERALS = "一二三四五六七八九十";

    private enum Period { DAY, MONTH, QUARTER, HALF, YEAR }

    private record Row(Period period, String value, Pattern pattern) {
        boolean relative() {
            return value.startsWith("+") || value.startsWith("-");
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public DateWindowReader() {
        for (String line : Texts.lines("graph-import/date-windows.tsv")) {
            String[] columns = line.split("\t", 3);
            rows.add(new Row(Period.valueOf(columns[0].strip().toUpperCase(Locale.ROOT)), columns[1].strip(),
                    Pattern.compile(columns[2].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
    }

    /** The as-of date the question states, if any. */
    public Optional<LocalDate> asOf(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        Matcher zh = AS_OF_ZH.matcher(text);
        if (zh.find()) {
            return date(zh.group(1), zh.group(2), zh.group(3));
        }
        Matcher en = AS_OF_EN.matcher(text);
        if (!en.find()) {
            return Optional.empty();
        }
        if (en.group(7) != null) {
            try {
                return Optional.of(LocalDate.parse(en.group(7)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        String month = en.group(2) != null ? en.group(2) : en.group(4);
        String day = en.group(1) != null ? en.group(1) : en.group(5);
        String year = en.group(3) != null ? en.group(3) : en.group(6);
        return monthNamed(month).flatMap(m -> date(year, String.valueOf(m), day));
    }

    /** The window the question names, read at {@code today} unless it states its own as-of date. */
    public Optional<DateWindow> window(String question, LocalDate today) {
        Optional<LocalDate> stated = asOf(question);
        LocalDate asOf = stated.orElse(today);
        String text = question.toLowerCase(Locale.ROOT);
        text = AS_OF_ZH.matcher(text).replaceAll(" ");
        text = AS_OF_EN.matcher(text).replaceAll(" ");
        text = DOC_NUMBER_YEAR.matcher(text).replaceAll(" ");
        Optional<Span> span = span(text, asOf);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        if (!BY.matcher(text).find()) {
            return Optional.of(new DateWindow(span.get().from(), span.get().to(), asOf, stated.isPresent()));
        }
        // 「6月底前」 is what still falls due from the as-of date on; a limit already past takes all before it
        LocalDate from = span.get().to().isBefore(asOf) ? null : asOf;
        return Optional.of(new DateWindow(from, span.get().to(), asOf, stated.isPresent()));
    }

    private record Span(LocalDate from, LocalDate to) {
    }

    /** The finest period named: a day, a month, a quarter, a half-year, a year. */
    private Optional<Span> span(String text, LocalDate asOf) {
        Matcher explicitYear = YEAR.matcher(text);
        Integer year = explicitYear.find() ? Integer.valueOf(explicitYear.group(1)) : null;
        Row quarter = null;
        Row half = null;
        Row month = null;
        for (Row row : rows) {
            if (!row.pattern().matcher(text).find()) {
                continue;
            }
            switch (row.period()) {
                case YEAR -> year = year != null ? year : asOf.getYear() + Integer.parseInt(row.value());
                case QUARTER -> quarter = quarter == null ? row : quarter;
                case HALF -> half = half == null ? row : half;
                case MONTH -> month = month == null ? row : month;
                default -> { }
            }
        }
        int y = year == null ? asOf.getYear() : year;
        Matcher zhMonth = MONTH_ZH.matcher(text);
        if (zhMonth.find()) {
            YearMonth m = YearMonth.of(y, chineseNumber(zhMonth.group(1)));
            if (zhMonth.group(2) != null) {
                LocalDate day = m.atDay(Math.min(Integer.parseInt(zhMonth.group(2)), m.lengthOfMonth()));
                return Optional.of(new Span(day, day));
            }
            return Optional.of(new Span(m.atDay(1), m.atEndOfMonth()));
        }
        if (month != null) {
            YearMonth m = month.relative() ? YearMonth.from(asOf).plusMonths(Integer.parseInt(month.value()))
                    : YearMonth.of(y, Integer.parseInt(month.value()));
            return Optional.of(new Span(m.atDay(1), m.atEndOfMonth()));
        }
        if (quarter != null) {
            YearMonth first = quarter.relative()
                    ? YearMonth.of(asOf.getYear(), (asOf.getMonthValue() - 1) / 3 * 3 + 1)
                            .plusMonths(3L * Integer.parseInt(quarter.value()))
                    : YearMonth.of(y, (Integer.parseInt(quarter.value()) - 1) * 3 + 1);
            return Optional.of(new Span(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        if (half != null) {
            YearMonth first = YearMonth.of(y, Integer.parseInt(half.value()) == 1 ? 1 : 7);
            return Optional.of(new Span(first.atDay(1), first.plusMonths(5).atEndOfMonth()));
        }
        return year == null ? Optional.empty()
                : Optional.of(new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    private Optional<Integer> monthNamed(String word) {
        return rows.stream().filter(r -> r.period() == Period.MONTH && !r.relative()
                        && r.pattern().matcher("by " + word).find())
                .map(r -> Integer.parseInt(r.value())).findFirst();
    }

    private static int chineseNumber(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        if (written.startsWith("十")) {
            return 10 + (written.length() > 1 ? NUMERALS.indexOf(written.charAt(1)) + 1 : 0);
        }
        return NUMERALS.indexOf(written.charAt(0)) + 1;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
