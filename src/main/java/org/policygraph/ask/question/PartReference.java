package org.policygraph.ask.question;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a document the question names by its place in the outline (「第四部分」, "part four", "the second
 * chapter"), as the outline numbers its top-level sections: 四 for 「四、重点工程」, 第四章 for a chapter.
 */
public final class PartReference {
    private static final List<Pattern> PATTERNS = Texts.lines("graph-import/part-references.tsv").stream()
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    private PartReference() {
    }

    /** The outline numbers the part may carry (「四」, 「第四章」); empty when the question names no part. */
    public static List<String> in(String question) {
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(question);
            if (m.find()) {
                return numeral(m.group(1).toLowerCase(Locale.ROOT))
                        .map(n -> List.of(n, "第" + n + "章")).orElse(List.of());
            }
        }
        return List.of();
    }

    private static Optional<String> numeral(String ordinal) {
        int n = ordinal.chars().allMatch(Character::isDigit) ? Integer.parseInt(ordinal)
                : WORDS.contains(ordinal) ? WORDS.indexOf(ordinal) + 1
                : ORDINALS.contains(ordinal) ? ORDINALS.indexOf(ordinal) + 1
                : chinese(ordinal);
        if (n < 1 || n > 19) {
            return Optional.empty();
        }
        return Optional.of(n <= 10 ? String.valueOf(NUMERALS.charAt(n - 1)) : "十" + NUMERALS.charAt(n - 11));
    }

    /** 四 → 4, 十二 → 12, 二十 is out of reach (no plan has twenty top-level parts here). */
    private static int chinese(String numeral) {
        if (numeral.length() == 1) {
            return NUMERALS.indexOf(numeral) + 1;
        }
        if (numeral.length() == 2 && numeral.charAt(0) == '十') {
            return 10 + NUMERALS.indexOf(numeral.charAt(1)) + 1;
        }
        return 0;
    }
}
