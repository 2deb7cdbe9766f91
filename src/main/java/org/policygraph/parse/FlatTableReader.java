package org.policygraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table flattened to one cell per line, as web pages lose their tables when copied: a header row (序号 /
 * 重点任务 / 责任单位, optionally each ending in " |") and then rows of as many lines, each opened by its number.
 * Rows become the same table paragraphs as any other table.
 */
final class FlatTableReader {
    private static final Pattern ORDINAL_HEADER = Pattern.compile("^(序号|编号|序)$");
    private static final Pattern ORDINAL = Pattern.compile("^\\d{1,4}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？]$");
    private static final int LONGEST_HEADER = 16;
    private static final int MOST_COLUMNS = 8;
    private final LineCleaner cleaner;

    FlatTableReader(LineCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** True when a flattened header row starts here: 序号, then short column names, then a row number. */
    static boolean opens(List<SourceLine> lines, int start) {
        List<Integer> cells = cellLines(lines, start, MOST_COLUMNS + 1);
        if (cells.size() < 3 || !ORDINAL_HEADER.matcher(cell(lines.get(cells.get(0)))).matches()) {
            return false;
        }
        for (int k = 1; k < cells.size(); k++) {
            String c = cell(lines.get(cells.get(k)));
            if (ORDINAL.matcher(c).matches()) {
                return k >= 2;
            }
            if (c.length() > LONGEST_HEADER || SENTENCE_END.matcher(c).find()) {
                return false;
            }
        }
        return false;
    }

    /** Reads the header and every complete row; returns the index after the table. */
    int read(List<SourceLine> lines, int start, List<Paragraph> out) {
        List<Integer> all = cellLines(lines, start, Integer.MAX_VALUE);
        int columns = 1;
        while (!ORDINAL.matcher(cell(lines.get(all.get(columns)))).matches()) {
            columns++;
        }
        List<String> header = all.subList(0, columns).stream().map(i -> cell(lines.get(i)).replace(" ", "")).toList();
        List<TableReader.Row> rows = new ArrayList<>();
        int at = columns;
        int end = all.get(columns - 1) + 1;
        while (at + columns <= all.size() && ORDINAL.matcher(cell(lines.get(all.get(at)))).matches()) {
            List<Integer> rowLines = all.subList(at, at + columns);
            if (rowLines.stream().skip(1).anyMatch(i -> ORDINAL.matcher(cell(lines.get(i))).matches())) {
                break;
            }
            List<String> cells = rowLines.stream().map(i -> cleaner.cleanText(cell(lines.get(i)))).toList();
            rows.add(new TableReader.Row(lines.get(rowLines.get(1)).number(), cells));
            end = rowLines.get(columns - 1) + 1;
            at += columns;
        }
        rows.add(0, new TableReader.Row(lines.get(all.get(0)).number(), header));
        TableReader.emit(rows, true, out);
        return end;
    }

    /** The indexes of the next non-blank lines from {@code start}, at most {@code limit}. */
    private static List<Integer> cellLines(List<SourceLine> lines, int start, int limit) {
        List<Integer> out = new ArrayList<>();
        for (int i = start; i < lines.size() && out.size() < limit; i++) {
            if (!lines.get(i).isBlank()) {
                out.add(i);
            }
        }
        return out;
    }

    private static String cell(SourceLine line) {
        return line.raw().strip().replaceAll("\\s*\\|$", "").strip();
    }
}
