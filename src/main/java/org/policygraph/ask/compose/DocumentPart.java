package org.policygraph.ask.compose;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.graph.read.CitedTitle;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.PolicyReader;

/** Which document: the number, title, issuer and date of a document, and what of them it does not state. */
final class DocumentPart {
    private static final Pattern ASKS_NUMBER = Pattern.compile("文号|字号|document number|reference number");
    private static final Pattern ASKS_ISSUER = Pattern.compile(
            "谁(?:印发|发布|发|下发|制定)|哪个(?:单位|部门|机关|机构)(?:印发|发布|发的)|发文机关|印发单位|发文单位|who issued|issued by|which (?:office|body|department|authority|agency) issued");
    private static final Pattern ASKS_DATE = Pattern.compile(
            "日期|哪天|哪一天|什么时候(?:印发|发布|发)|何时(?:印发|发布)|几月几[日号]|when was|what date|issue date|which day");
    private final Labels labels;
    private final PolicyReader reader;

    DocumentPart(Labels labels, PolicyReader reader) {
        this.labels = labels;
        this.reader = reader;
    }

    /** The document's number, title, issuer and date; each part asked about that it does not state is said so. */
    void write(Question question, DocumentSummary document, Draft draft) {
        Wording w = labels.wording();
        draft.line(w.say("document.line", labels.document(document, true)));
        String asked = question.text().toLowerCase(Locale.ROOT);
        if (document.docNo() == null && ASKS_NUMBER.matcher(asked).find()) {
            draft.line(w.say("document.noNumber"));
        }
        if (document.issuer() == null && ASKS_ISSUER.matcher(asked).find()) {
            draft.line(w.say("document.noIssuer"));
        }
        if (document.issuedOn() == null && ASKS_DATE.matcher(asked).find()) {
            draft.line(w.say("document.noDate"));
        }
        draft.query("ask-documents");
        if (question.asks(Kind.CITED) && !document.stub()) {
            cites(document, draft);
        }
    }

    /** 「细则里说按哪个意见办理？」: the documents it cites, from its CITES edges. */
    private void cites(DocumentSummary document, Draft draft) {
        Wording w = labels.wording();
        List<String> cited = reader.cites(document.key()).stream().map(this::name).filter(n -> !n.isEmpty()).toList();
        draft.line(cited.isEmpty() ? w.say("document.noCites")
                : w.say("document.cites", String.join(w.listSeparator(), cited)));
        draft.query("ask-document-cites");
    }

    private String name(CitedTitle cited) {
        String title = cited.title() == null ? "" : "《" + cited.title().replaceAll("\\s+", "") + "》";
        return cited.docNo() == null ? title : title + (labels.english() ? " " : "") + "（" + cited.docNo() + "）";
    }
}
