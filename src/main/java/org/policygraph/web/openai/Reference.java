package org.policygraph.web.openai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.ask.Citation;

/** A numbered source of an answer: the citations of one document section, shown at the end of the text. */
record Reference(int index, String docNo, String title, String section, String quote, String sourceFile, int line) {
    /** A section path can end in a whole numbered clause; the text shows its start, the array keeps it all. */
    private static final int SHOWN_SECTION_CHARS = 60;

    /** One reference per cited document section, in the answer's order. */
    static List<Reference> of(List<Citation> citations) {
        Map<String, Citation> bySection = new LinkedHashMap<>();
        for (Citation c : citations == null ? List.<Citation>of() : citations) {
            bySection.putIfAbsent(c.docNo() + "\u0000" + c.title() + "\u0000" + c.section(), c);
        }
        List<Reference> references = new ArrayList<>();
        for (Citation c : bySection.values()) {
            references.add(new Reference(references.size() + 1, c.docNo(), c.title(), c.section(), c.quote(),
                    c.sourceFile(), c.line()));
        }
        return references;
    }

    /** The block appended to the answer text: a heading in the question's language, then "[n] 号 《title》 section". */
    static String block(List<Reference> references, String question) {
        if (references.isEmpty()) {
            return "";
        }
        boolean chinese = question.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        StringBuilder text = new StringBuilder(chinese ? "\n\n参考文件：" : "\n\nReferences:");
        for (Reference r : references) {
            text.append("\n[").append(r.index()).append("] ").append(r.label());
        }
        return text.toString();
    }

    private String label() {
        StringBuilder label = new StringBuilder();
        if (docNo != null && !docNo.isBlank()) {
            label.append(docNo).append(' ');
        }
        if (title != null && !title.isBlank()) {
            label.append('《').append(title).append('》');
        }
        if (section != null && !section.isBlank()) {
            label.append(' ').append(section.length() <= SHOWN_SECTION_CHARS ? section
                    : section.substring(0, SHOWN_SECTION_CHARS) + "…");
        }
        return label.toString().strip();
    }
}
