package org.policygraph.ask.compose;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.PolicyReader;

/**
 * The attachments a document lists (its 「附件：1. …」 lines): all of them, counted, when they are asked; when
 * something inside one is asked and that one is printed as （略）, the document does not state it.
 */
final class AttachmentPart {
    private static final Pattern OMITTED = Pattern.compile("[（(]\\s*略\\s*[)）]\\s*$");
    /** An attachment whose title holds this much of the question is the one asked about. */
    private static final double NAMED = 0.3;
    private final Labels labels;
    private final PolicyReader reader;

    AttachmentPart(Labels labels, PolicyReader reader) {
        this.labels = labels;
        this.reader = reader;
    }

    /** True when the answer is written: the attachments asked, or an attachment asked into that is omitted. */
    boolean write(Question question, DocumentSummary document, Draft draft) {
        List<String> attachments = reader.attachments(document.key());
        Wording w = labels.wording();
        String omitted = question.asks(Kind.ATTACHED) ? omittedAsked(question, attachments) : null;
        if (!question.asks(Kind.ATTACHMENT) && omitted == null) {
            return false;
        }
        draft.query("ask-document-attachments");
        if (attachments.isEmpty()) {
            draft.line(w.say("document.line", labels.document(document, true)));
            draft.line(w.say("document.noAttachments"));
            return true;
        }
        draft.line(w.say("document.attachments", labels.document(document, true), attachments.size()));
        for (int i = 0; i < attachments.size(); i++) {
            draft.line(w.say("document.attachment", i + 1, attachments.get(i)));
        }
        if (omitted != null) {
            draft.line(w.say("document.attachmentOmitted", omitted));
        }
        return true;
    }

    /** The attachment the question asks into, when it is printed as omitted; null otherwise. */
    private static String omittedAsked(Question question, List<String> attachments) {
        return attachments.stream()
                .filter(a -> TaskIndex.coverage(question.terms(), Texts.fold(a)) >= NAMED)
                .max(Comparator.comparingDouble(a -> TaskIndex.coverage(question.terms(), Texts.fold(a))))
                .filter(a -> OMITTED.matcher(a).find()).orElse(null);
    }
}
