package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quantities in a sentence (300班, 5000亿元, 53%, 1.9651亿美元, 10余项), not years, dates or list numbers. */
public final class Figures {
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.第])(\\d+(?:[.,]\\d+)?)\\s*([余多]?)(%|％|‰|(?:万|亿|千|百)?(?:亿)?(?:美元|元|人次|人|家|个|条|班|辆|套|户|吨|平方公里|平方千米|平方米|立方米|公里|千米|公顷|亩|台|部|项|所|座|次|批|名|倍|支|张|场|处|篇|艘|架|列|趟|千瓦|兆瓦|标箱|天|小时|年|万|亿)?)");
    private static final Pattern MONEY = Pattern.compile("元");

    private Figures() {
    }

    public static List<String> in(String sentence) {
        List<String> found = new ArrayList<>();
        String text = sentence.replaceAll("\\s+", "");
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            String unit = matcher.group(3);
            String number = matcher.group(1);
            if (unit.equals("年") || unit.isEmpty()) {
                continue;
            }
            // 「10余项」: about ten, written as such
            found.add(number + matcher.group(2) + unit);
        }
        return found;
    }

    static boolean hasMoney(List<String> figures) {
        return figures.stream().anyMatch(f -> MONEY.matcher(f).find());
    }
}
