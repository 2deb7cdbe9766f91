package org.policygraph.ask.question;

import java.util.List;
import java.util.StringJoiner;

/** A Lucene query string from question terms: every form a quoted phrase, OR-ed; user text is never syntax. */
public final class PhraseQuery {
    private PhraseQuery() {
    }

    public static String of(List<TermGroup> terms) {
        StringJoiner query = new StringJoiner(" OR ");
        for (TermGroup term : terms) {
            for (String form : term.forms()) {
                String cleaned = form.replaceAll("[\\\\\"]", " ").strip();
                if (!cleaned.isEmpty()) {
                    query.add("\"" + cleaned + "\"");
                }
            }
        }
        return query.length() == 0 ? "\"\"" : query.toString();
    }
}
