package org.policygraph.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A line that opens a box of a plan: a box word ({@code graph-import/box-words.txt}: 专栏), its number and an optional
 * title after a colon or a space (「专栏 7」, 「专栏1：智能制造装备创新工程」, 「专栏一：重点建设的公共平台…」).
 * {@code number} is the word and the number without spaces ("专栏7"); {@code title} is "" when the line has none.
 * A line that goes on as a sentence (「专栏1所列项目要…。」) is running text, not a box.
 */
record BoxLine(String number, String title) {
    private static final String RESOURCE = "graph-import/box-words.txt";
    private static final Pattern LINE = Pattern.compile("^(" + words() + ")\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})"
            + "(?:\\s*[：:]\\s*|\\s+|$)([^。；;！？!?]{0,60})$");

    static Optional<BoxLine> find(String text) {
        Matcher m = LINE.matcher(text.strip());
        return m.matches() ? Optional.of(new BoxLine(m.group(1) + m.group(2), m.group(3).strip())) : Optional.empty();
    }

    static boolean opensBox(String text) {
        return find(text).isPresent();
    }

    private static String words() {
        return ResourceLines.of(RESOURCE).stream().map(String::strip).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
