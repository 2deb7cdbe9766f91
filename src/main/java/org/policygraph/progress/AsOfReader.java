package org.policygraph.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report speaks as of, from its title or header: 「截至6月底」, 「截至2017年9月30日」, 「1—6月」,
 * 「上半年」, 「一季度」, 「前三季度」. A year not written is the document's.
 */
public final class AsOfReader {
    private static final Pattern UNTIL = Pattern.compile(
            "截[至止](?:到)?\\s*(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月(?:份)?\\s*(?:(\\d{1,2})\\s*日)?");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "(?:(\\d{4})\\s*年)?\\s*1\\s*[—–\\-－~～至到]+\\s*(\\d{1,2})\\s*月");
    private static final Pattern PERIOD = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(上半年|前三季度|一季度|第一季度|全年)");

    /** The as-of date the text states, for a document of {@code year}. */
    public Optional<LocalDate> read(String text, int year) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = UNTIL.matcher(text);
        if (m.find()) {
            int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            YearMonth ym = YearMonth.of(y, month);
            int day = m.group(3) == null ? ym.lengthOfMonth() : Math.min(Integer.parseInt(m.group(3)), ym.lengthOfMonth());
            return Optional.of(ym.atDay(day));
        }
        m = MONTH_RANGE.matcher(text);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(y, month).atEndOfMonth()) : Optional.empty();
        }
        m = PERIOD.matcher(text);
        if (m.find()) {
            int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
            int month = switch (m.group(2)) {
                case "上半年" -> 6;
                case "前三季度" -> 9;
                case "全年" -> 12;
                default -> 3;
            };
            return Optional.of(YearMonth.of(y, month).atEndOfMonth());
        }
        return Optional.empty();
    }
}
