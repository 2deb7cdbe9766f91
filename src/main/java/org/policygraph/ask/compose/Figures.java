package org.policygraph.ask.compose;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities in a sentence (300班, 5000亿元, 53%, 1.9651亿美元, 10余项), not years, dates or list numbers; also those
 * written in Chinese numerals (十大重大项目, 三至五年, 两个), spans of years (3—5年) and frequencies (每周“去8回6”).
 */
public final class Figures {
    private static final String UNITS = "美元|元|人次|人|家|个|条|班|辆|套|户|吨|平方公里|平方千米|平方米|立方米|公里|千米|公顷|亩|台|部|项|"
            + "所|座|次|批|名|倍|支|张|场|处|篇|艘|架|列|趟|千瓦|兆瓦|标箱|天|小时|年|万|亿";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.第])(\\d+(?:[.,]\\d+)?)\\s*([余多]?)(%|％|‰|(?:万|亿|千|百)?(?:亿)?(?:" + UNITS + ")?)");
    private static final String NUMERAL = "[一二两三四五六七八九十百]";
    /**
     * 「十大」 (the ten major …), 「三至五年」, 「两个」: a Chinese numeral with a measure word or 大. A lone 一 is an article
     * (一批, 一个) and 十三五 names a plan period, so neither counts.
     */
    private static final Pattern CHINESE = Pattern.compile("(?<![一二两三四五六七八九十百千万第\\d])((?!一(?!" + NUMERAL
            + "|[至到]))" + NUMERAL + "+(?:[至到~～—-]" + NUMERAL + "+)?)(大(?![学会小型])|个月|(?:" + UNITS + ")(?![\\d]))");
    /** 「3—5年」, 「3至5年」: a span of years, not a year. */
    private static final Pattern YEAR_SPAN = Pattern.compile("(?<![\\d.])(\\d{1,2}\\s*[至到~～—-]\\s*\\d{1,2})\\s*年");
    /** 「4-6个」, 「3至5家」, 「10～20亿元」: a range of a quantity, read whole (not its upper end alone). */
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?\\s*[至到~～—-]\\s*\\d+(?:\\.\\d+)?)\\s*(%|％|(?:万|亿|千|百)?(?:亿)?(?:"
            + UNITS + "))");
    /** 「每周“去8回6”」: how often, written as counts after 每周/每月/每天. */
    private static final Pattern FREQUENCY = Pattern.compile(
            "每(?:周|月|天|日|年|季度)[“\"‘]?([\\p{IsHan}]{0,2}\\d+(?:[\\p{IsHan}]{1,2}\\d+)+)[”\"’]?");
    private static final Pattern MONEY = Pattern.compile("元");

    private Figures() {
    }

    public static List<String> in(String sentence) {
        TreeMap<Integer, String> found = new TreeMap<>();
        String text = sentence.replaceAll("\\s+", "");
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            String unit = matcher.group(3);
            if (unit.equals("年") || unit.isEmpty()) {
                continue;
            }
            // 「10余项」: about ten, written as such
            found.put(matcher.start(), matcher.group(1) + matcher.group(2) + unit);
        }
        Matcher chinese = CHINESE.matcher(text);
        while (chinese.find()) {
            found.put(chinese.start(), chinese.group());
        }
        Matcher span = YEAR_SPAN.matcher(text);
        while (span.find()) {
            found.put(span.start(), span.group(1) + "年");
        }
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            if (!range.group(2).equals("年")) {
                found.subMap(range.start(), range.end()).clear();
                found.put(range.start(), range.group(1).replaceAll("\\s+", "") + range.group(2));
            }
        }
        Matcher frequency = FREQUENCY.matcher(text);
        while (frequency.find()) {
            found.subMap(frequency.start(), frequency.end()).clear();
            found.put(frequency.start(), frequency.group().replaceAll("[“”\"‘’]", ""));
        }
        return List.copyOf(found.values());
    }

    static boolean hasMoney(List<String> figures) {
        return figures.stream().anyMatch(f -> MONEY.matcher(f).find());
    }
}
