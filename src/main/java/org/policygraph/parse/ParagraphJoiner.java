package org.policygraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins cleaned lines into paragraphs. A line that does not end a sentence continues on the next non-blank line
 * (hard-wrapped PDF text), unless the next line opens a numbered heading, a box (专栏, which stands alone), a table
 * or a markdown heading. Widths are judged against the longest neighbouring lines: a numbered line without a full
 * stop is a heading unless it fills the line, and in narrow wrapped text a full line ending in 。 is a wrap, not a
 * paragraph end.
 */
final class ParagraphJoiner {
    private static final Pattern SENTENCE_END = Pattern.compile(
            "([。！？；：!?;:][”’）)】」]?|[。；]（[^（）]{1,60}）)$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(\\d{4}年\\d{1,2}月\\d{1,2}日|.{0,8}[：:]?\\d{4}-\\d{1,2}-\\d{1,2})$");
    private static final int SHORT_LINE = 10;
    /** Numbered headings are short; a numbered line this long without a full stop was cut off mid-sentence. */
    private static final int LONGEST_HEADING = 60;
    private static final int WRAPPED_WIDTH = 60;
    private static final int NEIGHBOURS = 3;
    private final TableReader tables;
    private final FlatTableReader flatTables;

    ParagraphJoiner(TableReader tables, FlatTableReader flatTables) {
        this.tables = tables;
        this.flatTables = flatTables;
    }

    List<Paragraph> join(List<SourceLine> lines) {
        return joinWithLines(lines).stream().map(JoinedParagraph::paragraph).toList();
    }

    /** The paragraphs, each with the source line of every joined piece (for clause and remainder lines). */
    List<JoinedParagraph> joinWithLines(List<SourceLine> lines) {
        List<JoinedParagraph> out = new ArrayList<>();
        List<int[]> breaks = new ArrayList<>();
        StringBuilder text = null;
        SourceLine first = null;
        int previous = -1;
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            boolean flat = FlatTableReader.opens(lines, i);
            if (flat || TableReader.isTableLine(line)) {
                flush(text, first, breaks, out);
                text = null;
                List<Paragraph> rows = new ArrayList<>();
                i = flat ? flatTables.read(lines, i, rows) : tables.read(lines, i, rows);
                rows.forEach(row -> out.add(JoinedParagraph.of(row)));
                continue;
            }
            if (text != null && continues(text, first == lines.get(previous), lines, previous, line)) {
                text.append(separator(text, line.text()));
                breaks.add(new int[] {text.length(), line.number()});
                text.append(line.text());
            } else {
                flush(text, first, breaks, out);
                text = new StringBuilder(line.text());
                first = line;
            }
            previous = i++;
        }
        flush(text, first, breaks, out);
        return out;
    }

    private static boolean continues(CharSequence text, boolean singleLine, List<SourceLine> lines, int at,
                                     SourceLine next) {
        SourceLine previous = lines.get(at);
        if (previous.standalone() || opensBlock(next) || DATE_LINE.matcher(next.text()).matches()
                || BoxLine.opensBox(previous.text())) {
            return false;
        }
        int width = localWidth(lines, at);
        if (SENTENCE_END.matcher(text).find()) {
            return width <= WRAPPED_WIDTH && length(previous) >= width * 9 / 10 && fullNeighbours(lines, at) >= 2;
        }
        if (DATE_LINE.matcher(previous.text()).matches()
                || previous.text().length() < SHORT_LINE && next.text().length() < SHORT_LINE) {
            return false;
        }
        boolean pureHeading = singleLine && (Marker.startsWithMarker(previous.text()) || titlesBox(lines, at))
                && previous.text().indexOf('。') < 0;
        return !pureHeading || length(previous) >= width * 85 / 100 || length(previous) >= LONGEST_HEADING;
    }

    /** 「专栏 3」 then 「郑州市民公共文化服务区“四个中心”」: the line after a box line without a title titles the box. */
    private static boolean titlesBox(List<SourceLine> lines, int at) {
        for (int j = at - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                return BoxLine.find(lines.get(j).text()).filter(box -> box.title().isEmpty()).isPresent();
            }
        }
        return false;
    }

    private static boolean opensBlock(SourceLine next) {
        return Marker.startsWithMarker(next.text()) || BoxLine.opensBox(next.text())
                || next.raw().strip().startsWith("#") || next.text().startsWith("附件");
    }

    /** The longest of the non-blank lines around line {@code at}: the width text is wrapped at there. */
    private static int localWidth(List<SourceLine> lines, int at) {
        int width = length(lines.get(at));
        for (int step : new int[] {-1, 1}) {
            int seen = 0;
            for (int j = at + step; j >= 0 && j < lines.size() && seen < NEIGHBOURS; j += step) {
                if (!lines.get(j).isBlank() && !TableReader.isTableLine(lines.get(j))) {
                    width = Math.max(width, length(lines.get(j)));
                    seen++;
                }
            }
        }
        return width;
    }

    /** How many of the lines around {@code at} are about as long as it: several means text wrapped at a width. */
    private static int fullNeighbours(List<SourceLine> lines, int at) {
        int length = length(lines.get(at));
        int count = 0;
        for (int j = Math.max(0, at - NEIGHBOURS * 2); j < Math.min(lines.size(), at + NEIGHBOURS * 2 + 1); j++) {
            int other = length(lines.get(j));
            count += j != at && other * 10 >= length * 9 && other * 10 <= length * 11 ? 1 : 0;
        }
        return count;
    }

    private static int length(SourceLine line) {
        return line.raw().strip().length();
    }

    private static String separator(CharSequence text, String next) {
        char last = text.charAt(text.length() - 1);
        char head = next.charAt(0);
        return isAsciiWord(last) && isAsciiWord(head) ? " " : "";
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static void flush(StringBuilder text, SourceLine first, List<int[]> breaks, List<JoinedParagraph> out) {
        if (text != null && !text.isEmpty()) {
            out.add(new JoinedParagraph(new Paragraph(text.toString(), first.number()),
                    breaks.stream().mapToInt(b -> b[0]).toArray(), breaks.stream().mapToInt(b -> b[1]).toArray()));
        }
        breaks.clear();
    }
}
