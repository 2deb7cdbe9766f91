package org.policygraph.parse;

import java.util.regex.Pattern;

/**
 * Cleans one source line: drops page markers and markdown rules, markdown heading hashes, emphasis and bullets,
 * HTML tags, inline LaTeX, the replacement char of truncated lines; folds full-width forms; writes ASCII
 * punctuation next to Chinese in its full-width form; removes the stray spaces of PDF/OCR text.
 */
final class LineCleaner {
    static final String CJK = "\\u3000-\\u303F\\uFF00-\\uFFEF\\u3400-\\u4DBF\\u4E00-\\u9FFF“”‘’—…·";
    private static final Pattern PAGE_MARKER = Pattern.compile("^[—－\\-–]{1,2}\\s*\\d{1,3}\\s*[—－\\-–]{1,2}$");
    private static final Pattern RULE = Pattern.compile("^(-{3,}|\\*{3,}|_{3,}|={3,})$");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern TAG = Pattern.compile("<[^<>]{1,200}>");
    private static final Pattern ASCII_PUNCT_NEAR_CJK = Pattern.compile(
            "(?<=[" + CJK + "])\\s*([,:;()!?])|([,:;()!?])(?=\\s*[" + CJK + "])");
    private static final Pattern SPACE_NEAR_CJK = Pattern.compile(
            "(?<=[" + CJK + "])\\s+|\\s+(?=[" + CJK + "])|(?<=\\d)\\s+(?=[%.])|\\s+(?=[=×÷≥≤])|(?<=[=×÷≥≤])\\s+|(?<=\\.)\\s+(?=\\d)");
    private static final Pattern SPACED_RANGE = Pattern.compile("(?<=\\d)\\s*([-—–~])\\s*(?=\\d)");
    private final LatexText latex = new LatexText();

    SourceLine clean(int number, String raw) {
        String text = foldWidth(raw).strip();
        if (PAGE_MARKER.matcher(text).matches() || RULE.matcher(text).matches()) {
            return new SourceLine(number, raw, "", false);
        }
        boolean mdHeading = MD_HEADING.matcher(text).find();
        boolean truncated = text.endsWith("\uFFFD");
        return new SourceLine(number, raw, cleanText(text), mdHeading || truncated);
    }

    /** Cleans a fragment (a table cell, a joined paragraph) without line-level markers. */
    String cleanText(String fragment) {
        String text = foldWidth(fragment).replace("\uFFFD", "");
        text = TAG.matcher(text).replaceAll(" ");
        text = latex.toPlain(text);
        text = MD_HEADING.matcher(text.strip()).replaceFirst("");
        text = BULLET.matcher(text).replaceFirst("");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        text = fullWidthPunctuation(text);
        text = SPACE_NEAR_CJK.matcher(text).replaceAll("");
        text = SPACED_RANGE.matcher(text).replaceAll("$1");
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String fullWidthPunctuation(String text) {
        return ASCII_PUNCT_NEAR_CJK.matcher(text).replaceAll(m -> {
            String p = m.group(1) != null ? m.group(1) : m.group(2);
            return String.valueOf((char) (p.charAt(0) - 0x21 + 0xFF01));
        });
    }

    static String foldWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean alnum = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
            if (c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else if (alnum || c == '．' || c == '％' || c == '＋' || c == '＝' || c == '／') {
                out.append((char) (c - 0xFF01 + 0x21));
            } else if (c != '\r' && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
