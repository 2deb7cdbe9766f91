package org.policygraph.ingest;

import java.util.regex.Pattern;
import org.policygraph.parse.ParsedDocument;

/** What makes text a policy document at all, and the identity of an uploaded document that has no number. */
final class PolicyText {
    static final String NO_SENTENCE = "it holds no Chinese sentence, so it does not read as a policy document";
    private static final Pattern SENTENCE = Pattern.compile("\\p{IsHan}{8}");

    private PolicyText() {
    }

    static boolean hasChineseSentence(String text) {
        return SENTENCE.matcher(text).find();
    }

    /** "sha256:" and the start of the hash of the document's own text: the same text is the same document. */
    static String contentKey(ParsedDocument doc) {
        return "sha256:" + doc.sha256().substring(0, 16);
    }
}
