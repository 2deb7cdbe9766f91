package org.policygraph.graph.read;

import java.util.regex.Pattern;

/**
 * Turns user text into a safe full-text query: Lucene operators are escaped, so input is only ever terms, and only
 * the first {@value #MAX_CHARS} characters are searched: the CJK analyzer makes a term of every two characters and an
 * index searches up to four fields, so the query stays under Lucene's 1,024 clauses whatever the text's length.
 */
final class LuceneQuery {
    static final int MAX_CHARS = 100;
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";
    private static final Pattern WORD_OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private LuceneQuery() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        String stripped = text.strip();
        int end = Math.min(stripped.length(), MAX_CHARS);
        if (end < stripped.length() && Character.isHighSurrogate(stripped.charAt(end - 1))) {
            end--;
        }
        for (char c : stripped.substring(0, end).toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // Upper-case AND/OR/NOT are operators in Lucene syntax; in lower case they are plain words.
        return WORD_OPERATOR.matcher(out).replaceAll(m -> m.group().toLowerCase());
    }
}
