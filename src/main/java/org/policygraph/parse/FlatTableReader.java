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
        FlatRowCells typed = new FlatRowCells(header.stream().map(h -> RoleLexicon.get().field(h).orElse(null)).toList());
        List<TableReader.Row> rows = new ArrayList<>();
        int at = columns;
        int end = all.get(columns - 1) + 1;
        while (at + 1 < all.size() && ORDINAL.matcher(cell(lines.get(all.get(at)))).matches()) {
            int next = nextRow(lines, all, at, columns);
            List<Integer> rowLines = all.subList(at, Math.min(next, all.size()));
            if (rowLines.size() == columns && rowLines.stream().skip(1).noneMatch(i -> ORDINAL.matcher(cell(lines.get(i))).matches())) {
                List<String> cells = rowLines.stream().map(i -> cleaner.cleanText(cell(lines.get(i)))).toList();
                rows.add(new TableReader.Row(lines.get(rowLines.get(1)).number(), cells));
            } else if (!addTyped(typed, lines, rowLines, rows)) {
                break;
            }
            end = rowLines.get(rowLines.size() - 1) + 1;
            at = next;
        }
        rows.add(0, new TableReader.Row(lines.get(all.get(0)).number(), header));
        TableReader.emit(rows, true, out);
        return end;
    }

    /**
     * Where the row opened at {@code at} ends: at the line holding the next number when it comes within three
     * rows' worth of lines, else after as many lines as there are columns.
     */
    private static int nextRow(List<SourceLine> lines, List<Integer> all, int at, int columns) {
        String following = String.valueOf(Integer.parseInt(cell(lines.get(all.get(at)))) + 1);
        if (at + columns < all.size() && cell(lines.get(all.get(at + columns))).equals(following)) {
            return at + columns;
        }
        for (int k = at + 2; k < all.size() && k - at <= 3 * columns; k++) {
            if (cell(lines.get(all.get(k))).equals(following)) {
                return k;
            }
        }
        return at + columns;
    }

    /** A row whose lines are not one per column, read cell by cell by the columns' fields; false when they do not fit. */
    private boolean addTyped(FlatRowCells typed, List<SourceLine> lines, List<Integer> rowLines, List<TableReader.Row> rows) {
        List<String> texts = rowLines.stream().skip(1).map(i -> cleaner.cleanText(cell(lines.get(i)))).toList();
        List<List<String>> cells = typed.rows(texts.isEmpty() ? "" : cell(lines.get(rowLines.get(0))), texts);
        int k = 1;
        for (List<String> row : cells) {
            String first = row.stream().skip(1).filter(c -> !c.isEmpty()).findFirst().orElse("");
            while (k < rowLines.size() - 1 && !cleaner.cleanText(cell(lines.get(rowLines.get(k)))).equals(first)) {
                k++;
            }
            rows.add(new TableReader.Row(lines.get(rowLines.get(k)).number(), row));
        }
        return !cells.isEmpty();
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
