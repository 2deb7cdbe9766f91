package org.policygraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a gazette into documents. Each document is opened by its number-and-date line; its issuer and title
 * lines stand just above that line, so the document starts at the issuer (or 关于… title) line found there.
 * A number quoted at the start of a line of running text has no date after it and opens nothing.
 */
final class GazetteSplitter {
    static final Pattern ISSUER_LINE = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,14}?(?:人民政府办公厅|人民政府|办公厅|委员会))(?:文件)?(?=$|关于)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；：！？;:]$");
    private static final int TITLE_LINES = 4;

    /** Line ranges [start, end) of the documents, front matter before the first document left out. */
    List<int[]> split(List<SourceLine> lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (DocumentNumber.isNumberAndDateLine(lines.get(i).text())) {
                starts.add(start(lines, i));
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
            if (line.text().startsWith("关于")) {
                start = j;
            }
        }
        return start;
    }
}
