package org.policygraph.ask.question;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set the question names with its size (「七大产业基地」, 「哪七个片区」, 「“三基地”」): how many members, the noun they
 * are counted as, and the words as written, which a plan that names the set writes the same way.
 */
public record NamedSet(int size, String noun, String written) {
    private static final String NUMERALS = "一二三四五六七八九十";
    /** A numeral, a measure word or 大, the noun; the noun ends where the question goes on (都是, 有哪些, ？). */
    private static final Pattern SET = Pattern.compile("(?<![第\\d一二三四五六七八九十两])(十[一二]?|[两二三四五六七八九]|\\d{1,2})"
            + "(大|个|项|类|种|家|条|座|所)?(?![一二三四五六七八九十两])(\\p{IsHan}{2,8}?)"
            + "(?=都|是|有|分别|具体|包括|指|里|中|的|，|,|？|\\?|$)");

    /** The set the question names; empty when it names none (a size of 2 to 12 with a noun of two or more characters). */
    public static Optional<NamedSet> in(String question) {
        Matcher m = SET.matcher(Texts.fold(question));
        while (m.find()) {
            int size = size(m.group(1));
            if (size >= 2 && size <= 12) {
                return Optional.of(new NamedSet(size, m.group(3), m.group()));
            }
        }
        return Optional.empty();
    }

    /** The last two characters of the noun: what each member's name ends in (基地 of 产业基地: 高端装备制造基地 is one). */
    public String head() {
        return noun.substring(noun.length() - 2);
    }

    private static int size(String number) {
        if (Character.isDigit(number.charAt(0))) {
            return Integer.parseInt(number);
        }
        if (number.equals("两")) {
            return 2;
        }
        return number.length() == 1 ? NUMERALS.indexOf(number) + 1 : 10 + NUMERALS.indexOf(number.charAt(1)) + 1;
    }
}
