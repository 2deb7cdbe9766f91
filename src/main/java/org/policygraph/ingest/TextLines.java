package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a format reader hands the parser, built line by line: one line per paragraph (empty ones skipped), and
 * a table as one line per row with its cells separated by a TAB, with a blank line before and after it. A row
 * that is one cell across the whole table (a caption, or a group heading such as 「一、基础设施」 between rows)
 * becomes a line of its own; the rows after a group heading get the header row again, so that each part of the
 * table still has its column names.
 */
final class TextLines {
    /** One table row with merged cells already repeated; {@code spansAll}: a single cell across the table. */
    record Row(List<String> cells, boolean spansAll) {
    }

    private static final int LONGEST_HEADER_CELL = 12;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final ReadBudget budget;

    /** Lines counted through the file's budget: each line kept is a paragraph, its length characters. */
    TextLines(ReadBudget budget) {
        this.budget = budget;
    }

    /** Adds a whole paragraph; a line break inside it (a soft break in Word) starts a new line. */
    void add(String paragraph) {
        for (String line : paragraph.split("\\R")) {
            endLine();
            append(line);
        }
        endLine();
    }

    /** Adds inline text to the line being built. */
    void append(String text) {
        budget.characters(text.length());
        current.append(text);
    }

    /** Ends the line being built; an empty one is dropped. Tabs outside tables become a space. */
    void endLine() {
        String clean = current.toString().replaceAll("[\\t\\u000B\\f]", " ").strip();
        current.setLength(0);
        if (!clean.isEmpty()) {
            budget.paragraph();
            lines.add(clean);
        }
    }

    void blank() {
        endLine();
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }

    void table(List<Row> rows) {
        blank();
        List<String> header = null;
        boolean afterGroup = false;
        for (Row row : withGroupedHeaderMerged(rows)) {
            List<String> cells = row.cells().stream().map(TextLines::cell).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (row.spansAll() || cells.size() == 1) {
                dropHeaderWithoutRows(header);
                blank();
                add(cells.stream().filter(c -> !c.isEmpty()).findFirst().orElseThrow());
                blank();
                afterGroup = header != null;
                continue;
            }
            if (header == null) {
                header = cells;
            } else if (afterGroup && looksLikeHeader(header)) {
                lines.add(String.join("\t", header));
            }
            afterGroup = false;
            lines.add(String.join("\t", cells));
        }
        blank();
    }

    /** A header row right before a group heading is written again after it: it need not stand alone above it. */
    private void dropHeaderWithoutRows(List<String> header) {
        if (header != null && looksLikeHeader(header) && lines.get(lines.size() - 1).equals(String.join("\t", header))) {
            lines.remove(lines.size() - 1);
        }
    }

    /**
     * A header of two rows, such as 「责任单位」 over 「牵头单位 | 配合单位」, becomes one row of the lower names, so
     * that each column keeps its own label. Only when the upper row spans columns, which a data row does not.
     */
    private static List<Row> withGroupedHeaderMerged(List<Row> rows) {
        int top = 0;
        while (top < rows.size() && (rows.get(top).spansAll() || rows.get(top).cells().size() == 1)) {
            top++;
        }
        if (top + 1 >= rows.size()) {
            return rows;
        }
        List<String> upper = rows.get(top).cells().stream().map(TextLines::cell).toList();
        List<String> lower = rows.get(top + 1).cells().stream().map(TextLines::cell).toList();
        boolean spans = false;
        for (int c = 1; c < upper.size(); c++) {
            spans |= !upper.get(c).isEmpty() && upper.get(c).equals(upper.get(c - 1));
        }
        if (!spans || upper.size() != lower.size() || !looksLikeHeader(upper) || !looksLikeHeader(lower)) {
            return rows;
        }
        List<String> merged = new ArrayList<>();
        for (int c = 0; c < upper.size(); c++) {
            merged.add(lower.get(c).isEmpty() ? upper.get(c) : lower.get(c));
        }
        List<Row> out = new ArrayList<>(rows.subList(0, top));
        out.add(new Row(merged, false));
        out.addAll(rows.subList(top + 2, rows.size()));
        return out;
    }

    boolean isEmpty() {
        endLine();
        return lines.stream().allMatch(String::isEmpty);
    }

    String text() {
        endLine();
        return String.join("\n", lines);
    }

    /** A cell's text on one line: its own line breaks and tabs become a space. */
    static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n\\u000B\\f\\u00A0]+", " ").strip();
    }

    private static boolean looksLikeHeader(List<String> cells) {
        return cells.stream().allMatch(c -> c.length() <= LONGEST_HEADER_CELL && !c.matches(".*\\d.*"));
    }
}
