package org.policygraph.ask;

import java.text.Normalizer;

/**
 * A question as people meant it, before anything reads it: control, format (zero-width, BOM, bidi) and lone
 * surrogate characters and U+FFFD (what a lenient decoder left of bad bytes) removed, every kind of space and line break one ASCII space, NFC. The web routes and the
 * {@code ask} command check it before they ask; the asker reads every question through it.
 */
public final class QuestionText {
    private QuestionText() {
    }

    /** The normalised question; empty when nothing visible was left (null counts as empty). */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = !kept.isEmpty();
            } else if (!isInvisible(c)) {
                if (space) {
                    kept.append(' ');
                    space = false;
                }
                kept.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF;
    }
}
