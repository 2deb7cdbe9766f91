package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set the question names with its size (「七大产业基地」, 「哪七个片区」, 「“三基地”」): how many members, the noun they
 * are counted as, and the words as written, which a plan that names the set writes the same way.
 */
public record NamedSet(int size, String noun, String written) {
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final int TERMS_TRIED = 2;
    /** A numeral, a measure word or 大, the noun; the noun ends where the question goes on (都是, 有哪些, ？). */
    private static final Pattern SET = Pattern.compile("(?<![第\\d一二三四五六七八九十两])(十[一二]?|[两二三四五六七八九]|\\d{1,2})"
            + "(大|个|项|类|种|家|条|座|所)?(?![一二三四五六七八九十两])(\\p{IsHan}{2,8}?)"
            + "(?=都|是|有|分别|具体|包括|指|里|中|的|，|,|？|\\?|$)");

    /** "four big cultural districts": a size in words or digits before the noun, with at most one adjective of size. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|\\d{1,2})\\s+(?:big|major|key|main|great|core|leading|principal)?\\s*[a-z]", Pattern.CASE_INSENSITIVE);
    private static final List<String> WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");

    /**
     * The sets a question may name: in Chinese the one it writes; in English its size with each Chinese form of its
     * two heaviest terms (the thing asked about, or the place it stands in), as a plan writes the set (「四大文化片区」,
     * 「四个文化片区」).
     */
    public static List<NamedSet> in(Question question) {
        if (question.language() != Language.EN) {
            return in(question.text()).map(List::of).orElse(List.of());
        }
        Matcher m = ENGLISH.matcher(question.text());
        if (!m.find()) {
            return List.of();
        }
        String number = m.group(1).toLowerCase(Locale.ROOT);
        int size = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : WORDS.indexOf(number) + 2;
        if (size < 2 || size > 12) {
            return List.of();
        }
        String numeral = size <= 10 ? String.valueOf(NUMERALS.charAt(size - 1)) : "十" + NUMERALS.charAt(size - 11);
        List<NamedSet> sets = new ArrayList<>();
        question.terms().stream().sorted(java.util.Comparator.comparingDouble(TermGroup::weight).reversed())
                .limit(TERMS_TRIED).flatMap(t -> t.forms().stream()).filter(form -> form.length() >= 2).distinct()
                .forEach(form -> {
                    for (String measure : List.of("大", "个", "")) {
                        sets.add(new NamedSet(size, form, numeral + measure + form));
                    }
                });
        return sets;
    }

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
