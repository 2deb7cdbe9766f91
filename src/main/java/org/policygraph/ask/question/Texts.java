package org.policygraph.ask.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Text folding shared by the question side and the document side, and data-file loading. */
public final class Texts {
    /** 「研发（R&D）经费」: a Latin abbreviation in brackets after a Chinese term glosses it; it splits the term. */
    private static final java.util.regex.Pattern LATIN_GLOSS = java.util.regex.Pattern.compile(
            "(?<=\\p{IsHan})[（(][A-Za-z][A-Za-z&.\\-]{0,9}[)）]");
    private static final String QUOTES = "“”\"‘’「」『』";

    private Texts() {
    }

    /**
     * Full-width ASCII to half-width, no whitespace, lower case, no bracketed Latin glosses: the form both sides are
     * compared in.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('(') >= 0 || text.indexOf('（') >= 0) {
            text = LATIN_GLOSS.matcher(text).replaceAll("");
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && c != 0x3000 && c != 0xA0 && QUOTES.indexOf(c) < 0) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Non-blank, non-comment lines of a classpath resource. */
    public static List<String> lines(String resource) {
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
