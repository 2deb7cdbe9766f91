package org.policygraph.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * One policy document cut out of a source file. {@code docNo} is normalised (郑政办〔2017〕31号, no spaces) or
 * null when the document has none; {@code key} is the stable identity used in the graph (docNo, else
 * sourceFile#ordinal). {@code preamble} holds paragraphs before the first numbered heading.
 * {@code sha256} is the hash of this document's own text, so a changed file re-imports only what changed.
 * {@code jurisdiction} is whose document it is, as the text says (never the file name). {@code attachments}: the
 * attachments it lists, as written (「重点工作任务分工表（略）」); empty when it lists none.
 */
public record ParsedDocument(String key, String docNo, String title, String issuer, LocalDate issuedOn,
                             Jurisdiction jurisdiction, String sourceFile, int firstLine, int lastLine, String sha256,
                             List<Paragraph> preamble, List<Section> sections, List<String> attachments) {

    /** The same document, said to belong to {@code place} (import --jurisdiction). */
    public ParsedDocument withJurisdiction(Jurisdiction place) {
        return new ParsedDocument(key, docNo, title, issuer, issuedOn, place, sourceFile, firstLine, lastLine, sha256,
                preamble, sections, attachments);
    }

    /** The same document under another key (an uploaded document without a number is keyed by its text). */
    public ParsedDocument withKey(String newKey) {
        return new ParsedDocument(newKey, docNo, title, issuer, issuedOn, jurisdiction, sourceFile, firstLine, lastLine,
                sha256, preamble, sections, attachments);
    }
}
