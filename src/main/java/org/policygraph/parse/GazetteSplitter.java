package org.policygraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a gazette into documents. Each document is opened by its number-and-date line; its issuer and title
 * lines stand just above that line, so the document starts at the issuer (or 关于… title) line found there.
 * A number quoted at the start of a line of running text has no date after it and opens nothing; number lines
 * only a few lines apart are a table of contents and open nothing either.
 */
final class GazetteSplitter {
    static final Pattern ISSUER_LINE = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,14}?(?:人民政府办公厅|人民政府|办公厅|委员会))(?:文件)?(?=$|关于|批转|转发|印发)");
    static final Pattern TITLE_START = Pattern.compile("^(关于|批转|转发|印发)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；：！？;:]$");
    private static final int TITLE_LINES = 4;
    private static final int MIN_BODY_LINES = 6;

    /** Line ranges [start, end) of the documents, front matter before the first document left out. */
    List<int[]> split(List<SourceLine> lines) {
        List<Integer> numberLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (DocumentNumber.isNumberAndDateLine(lines.get(i).text())) {
                numberLines.add(i);
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < numberLines.size(); k++) {
            int next = k + 1 < numberLines.size() ? numberLines.get(k + 1) : lines.size();
            if (textLinesBetween(lines, numberLines.get(k), next) >= MIN_BODY_LINES) {
                starts.add(start(lines, numberLines.get(k)));
            }
        }
        if (starts.size() < 2) {
            return List.<int[]>of(new int[] {0, lines.size()});
        }
        List<int[]> ranges = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            ranges.add(new int[] {starts.get(k), end});
        }
        return ranges;
    }

    /** A table of contents lists numbers and dates a line or two apart; a real document has a body. */
    private static int textLinesBetween(List<SourceLine> lines, int from, int to) {
        return (int) lines.subList(from + 1, to).stream().filter(line -> !line.isBlank()).count();
    }

    private static int start(List<SourceLine> lines, int numberLine) {
        int start = numberLine;
        int seen = 0;
        for (int j = numberLine - 1; j >= 0 && seen < TITLE_LINES; j--) {
            SourceLine line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            if (SENTENCE_END.matcher(line.text()).find() || TableReader.isTableLine(line)
                    || DocumentNumber.isNumberAndDateLine(line.text())) {
                break;
            }
            seen++;
            if (ISSUER_LINE.matcher(line.text()).find()) {
                return j;
            }
            if (TITLE_START.matcher(line.text()).find()) {
                start = j;
            }
        }
        return start;
    }
}
