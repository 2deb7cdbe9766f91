package org.policygraph.parse;

/**
 * A paragraph with the source lines its text was joined from: the line on which the character at
 * {@code breakOffsets[k]} starts is {@code breakLines[k]}; text before the first break is on the paragraph's line.
 */
record JoinedParagraph(Paragraph paragraph, int[] breakOffsets, int[] breakLines) {
    static JoinedParagraph of(Paragraph paragraph) {
        return new JoinedParagraph(paragraph, new int[0], new int[0]);
    }

    String text() {
        return paragraph.text();
    }

    /** The source line of the character at {@code offset}. */
    int lineAt(int offset) {
        int line = paragraph.line();
        for (int k = 0; k < breakOffsets.length && breakOffsets[k] <= offset; k++) {
            line = breakLines[k];
        }
        return line;
    }

    /** The text from {@code offset} on, as its own paragraph starting on the line of that character. */
    JoinedParagraph from(int offset) {
        String rest = paragraph.text().substring(offset);
        int start = offset + (rest.length() - rest.stripLeading().length());
        int kept = 0;
        while (kept < breakOffsets.length && breakOffsets[kept] <= start) {
            kept++;
        }
        int[] offsets = new int[breakOffsets.length - kept];
        int[] lines = new int[offsets.length];
        for (int k = 0; k < offsets.length; k++) {
            offsets[k] = breakOffsets[kept + k] - start;
            lines[k] = breakLines[kept + k];
        }
        return new JoinedParagraph(new Paragraph(paragraph.text().substring(start).strip(), lineAt(start)), offsets, lines);
    }
}
