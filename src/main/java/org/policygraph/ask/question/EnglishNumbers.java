package org.policygraph.ask.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers of an English question written the Chinese way: "1 million yuan" -> 100万, "50 billion" -> 500亿. */
final class EnglishNumbers {
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\w.])(\\d[\\d,]*(?:\\.\\d+)?)(?!\\d|th\\b|st\\b|nd\\b|rd\\b)(?:\\s*(million|billion|thousand|bn|m)\\b)?",
            Pattern.CASE_INSENSITIVE);

    List<String> amounts(String question) {
        List<String> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(question);
        while (matcher.find()) {
            BigDecimal number = new BigDecimal(matcher.group(1).replace(",", ""));
            String scale = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase();
            amounts.add(chinese(number, scale));
        }
        return amounts;
    }

    String withoutAmounts(String question) {
        return AMOUNT.matcher(question).replaceAll(" ");
    }

    private static String chinese(BigDecimal number, String scale) {
        return switch (scale) {
            case "million", "m" -> plain(number.multiply(BigDecimal.valueOf(100))) + "万";
            case "billion", "bn" -> plain(number.multiply(BigDecimal.TEN)) + "亿";
            case "thousand" -> number.compareTo(BigDecimal.TEN) >= 0
                    ? plain(number.divide(BigDecimal.TEN)) + "万" : plain(number.multiply(BigDecimal.valueOf(1000)));
            default -> plain(number);
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
