package org.policygraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.parse.Paragraph;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.parse.Section;

/** Collects the documents a whole document cites, once each, a titled citation winning over a bare number. */
final class Citations {
    private Citations() {
    }

    static List<CitedDocument> of(ParsedDocument doc) {
        Map<String, CitedDocument> out = new LinkedHashMap<>();
        add(out, doc.title(), doc.docNo());
        doc.preamble().forEach(p -> add(out, p.text(), doc.docNo()));
        doc.sections().forEach(s -> addSection(out, s, doc.docNo()));
        return List.copyOf(out.values());
    }

    private static void addSection(Map<String, CitedDocument> out, Section s, String own) {
        add(out, s.heading(), own);
        for (Paragraph p : s.paragraphs()) {
            add(out, p.text(), own);
        }
        s.children().forEach(c -> addSection(out, c, own));
    }

    private static void add(Map<String, CitedDocument> out, String text, String own) {
        if (text == null) {
            return;
        }
        for (CitedDocument c : CitationReader.read(text, own)) {
            CitedDocument existing = out.get(c.docNo());
            if (existing == null || existing.title() == null && c.title() != null) {
                out.put(c.docNo(), c);
            }
        }
    }
}
