package org.policygraph.graph.read;

import java.util.regex.Pattern;

/** Turns user text into a safe full-text query: Lucene operators are escaped, so input is only ever terms. */
final class LuceneQuery {
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";
    private static final Pattern WORD_OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private LuceneQuery() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // Upper-case AND/OR/NOT are operators in Lucene syntax; in lower case they are plain words.
        return WORD_OPERATOR.matcher(out).replaceAll(m -> m.group().toLowerCase());
    }
}
