package org.policygraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins cleaned lines into paragraphs. A line that does not end a sentence continues on the next non-blank line
 * (hard-wrapped PDF text), unless the next line opens a numbered heading, a table or a markdown heading. A
 * numbered line without a full stop is a heading on its own unless it fills the page width (a wrapped heading).
 */
final class ParagraphJoiner {
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：!?;:][”’）)】」]?$");
    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
    private static final int SHORT_LINE = 10;
    private final TableReader tables;

    ParagraphJoiner(TableReader tables) {
        this.tables = tables;
    }

    List<Paragraph> join(List<SourceLine> lines) {
        int width = wrapWidth(lines);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder text = null;
        SourceLine first = null;
        SourceLine previous = null;
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (TableReader.isTableLine(line)) {
                flush(text, first, out);
                text = null;
                i = tables.read(lines, i, out);
                continue;
            }
            if (text != null && continues(text, first == previous, previous, line, width)) {
                text.append(separator(text, line.text())).append(line.text());
            } else {
                flush(text, first, out);
                text = new StringBuilder(line.text());
                first = line;
            }
            previous = line;
            i++;
        }
        flush(text, first, out);
        return out;
    }

    private static boolean continues(CharSequence text, boolean singleLine, SourceLine previous, SourceLine next,
                                     int width) {
        if (previous.standalone() || SENTENCE_END.matcher(text).find() || opensBlock(next)) {
            return false;
        }
        if (DATE_LINE.matcher(previous.text()).matches() || DATE_LINE.matcher(next.text()).matches()) {
            return false;
        }
        if (previous.text().length() < SHORT_LINE && next.text().length() < SHORT_LINE) {
            return false;
        }
        boolean pureHeading = singleLine && Marker.startsWithMarker(previous.text())
                && previous.text().indexOf('。') < 0;
        return !pureHeading || previous.text().length() >= width * 85 / 100;
    }

    private static boolean opensBlock(SourceLine next) {
        return Marker.startsWithMarker(next.text()) || next.raw().strip().startsWith("#");
    }

    private static String separator(CharSequence text, String next) {
        char last = text.charAt(text.length() - 1);
        char head = next.charAt(0);
        return isAsciiWord(last) && isAsciiWord(head) ? " " : "";
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static void flush(StringBuilder text, SourceLine first, List<Paragraph> out) {
        if (text != null && !text.isEmpty()) {
            out.add(new Paragraph(text.toString(), first.number()));
        }
    }

    /** The length of a full line in this text: long for unwrapped text, about 30 for PDF pages. */
    private static int wrapWidth(List<SourceLine> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.text().length()).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[lengths.length * 9 / 10];
    }
}
