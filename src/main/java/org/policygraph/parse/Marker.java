package org.policygraph.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The outline numbering a cleaned line may start with, normalised to one written form per kind. */
record Marker(Kind kind, String number, String rest) {
    private static final String HAN = "[一二三四五六七八九十百零〇]{1,4}";

    enum Kind {
        CHAPTER("^第(" + HAN + ")章\\s*"),
        ARTICLE("^第(" + HAN + ")条\\s*"),
        HAN_NUMBER("^(" + HAN + ")[、.]\\s*"),
        PAREN_HAN("^[（(]\\s*(" + HAN + ")\\s*[）)]\\s*[、.]?\\s*"),
        ARABIC("^(\\d{1,2})\\s*[.、](?![\\d.])\\s*"),
        PAREN_ARABIC("^[（(]\\s*(\\d{1,2})\\s*[）)]\\s*[、.]?\\s*");

        private final Pattern pattern;

        Kind(String regex) {
            this.pattern = Pattern.compile(regex);
        }
    }

    static Optional<Marker> find(String text) {
        for (Kind kind : Kind.values()) {
            Matcher m = kind.pattern.matcher(text);
            if (m.find() && m.end() < text.length()) {
                return Optional.of(new Marker(kind, written(kind, m.group(1)), text.substring(m.end())));
            }
        }
        return Optional.empty();
    }

    static boolean startsWithMarker(String text) {
        return find(text).isPresent();
    }

    private static String written(Kind kind, String number) {
        return switch (kind) {
            case CHAPTER -> "第" + number + "章";
            case ARTICLE -> "第" + number + "条";
            case PAREN_HAN, PAREN_ARABIC -> "（" + number + "）";
            default -> number;
        };
    }
}
