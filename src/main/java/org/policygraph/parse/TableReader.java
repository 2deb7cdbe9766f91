package org.policygraph.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a run of table lines (markdown "| a | b |", tab-separated, or HTML &lt;table&gt;) as one Paragraph per row.
 * With a header row, a row's text reads "header：cell；header：cell" so that labels reach the extractor.
 */
final class TableReader {
    private static final Pattern SEPARATOR = Pattern.compile("^[|\\s:-]*-{2,}[|\\s:-]*$");
    private static final Pattern HTML_ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern HTML_CELL = Pattern.compile("<t([dh])[^>]*>(.*?)</t[dh]>", Pattern.DOTALL);
    private static final int MAX_ROW_LINES = 4;
    private final LineCleaner cleaner;

    TableReader(LineCleaner cleaner) {
        this.cleaner = cleaner;
    }

    static boolean isTableLine(SourceLine line) {
        String raw = line.raw().strip();
        return raw.startsWith("|") || raw.startsWith("- |") || raw.startsWith("<table") || isTabRow(raw);
    }

    private static boolean isTabRow(String raw) {
        return raw.indexOf('\t') > 0 && Arrays.stream(raw.split("\t")).filter(c -> !c.isBlank()).count() >= 2;
    }

    /** Reads the table starting at {@code start}; adds its rows to {@code out}; returns the index after it. */
    int read(List<SourceLine> lines, int start, List<Paragraph> out) {
        String first = lines.get(start).raw().strip();
        if (first.startsWith("<table")) {
            return readHtml(lines, start, out);
        }
        boolean markdown = !isTabRow(first);
        List<Row> rows = new ArrayList<>();
        int i = start;
        boolean header = false;
        while (i < lines.size() && isTableLine(lines.get(i)) && markdown == !isTabRow(lines.get(i).raw().strip())) {
            if (SEPARATOR.matcher(lines.get(i).raw().replace('\t', '|')).matches()) {
                header = markdown ? rows.size() == 1 && rows.get(0).cells().stream().anyMatch(c -> !c.isEmpty()) : header;
                i++;
                continue;
            }
            i = markdown ? readMarkdownRow(lines, i, rows) : resumeAfterBlank(lines, readTabRow(lines.get(i), rows, i), rows);
        }
        if (!markdown) {
            header = rows.size() > 1 && looksLikeHeader(rows.get(0).cells());
            fillMergedCells(rows);
        }
        emit(rows, header, out);
        return i;
    }

    /** A markdown row may be split over lines until its closing "|"; returns the index after it. */
    private int readMarkdownRow(List<SourceLine> lines, int start, List<Row> rows) {
        StringBuilder raw = new StringBuilder(lines.get(start).raw().strip());
        int i = start + 1;
        while (!rowComplete(raw) && i < lines.size() && i - start <= MAX_ROW_LINES
                && !lines.get(i).raw().strip().startsWith("|")) {
            raw.append(lines.get(i++).raw().strip());
        }
        rows.add(new Row(lines.get(start).number(), cells(raw.toString(), "\\|")));
        return i;
    }

    private int readTabRow(SourceLine line, List<Row> rows, int index) {
        rows.add(new Row(line.number(), cells(line.raw(), "\t")));
        return index + 1;
    }

    /**
     * Where a tab table goes on: a blank line or two (a page break) do not end it when the next line is a row with
     * as many cells that is not a header of its own.
     */
    private int resumeAfterBlank(List<SourceLine> lines, int index, List<Row> rows) {
        int next = index;
        while (next < lines.size() && next - index < 3 && lines.get(next).isBlank()) {
            next++;
        }
        if (next == index || next >= lines.size() || !isTabRow(lines.get(next).raw().strip())) {
            return index;
        }
        List<String> cells = cells(lines.get(next).raw(), "\t");
        boolean sameShape = cells.size() == rows.get(rows.size() - 1).cells().size();
        return sameShape && !looksLikeHeader(cells) ? next : index;
    }

    private static boolean rowComplete(CharSequence raw) {
        String text = raw.toString().strip();
        return text.endsWith("|") || text.endsWith("\uFFFD");
    }

    private List<String> cells(String raw, String separator) {
        String body = raw.startsWith("- |") ? raw.substring(2) : raw;
        body = separator.equals("\t") ? body : body.strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
        return Arrays.stream(body.split(separator, -1)).map(cleaner::cleanText).toList();
    }

    private static boolean looksLikeHeader(List<String> cells) {
        return cells.stream().allMatch(c -> c.length() <= 12 && !c.matches(".*\\d.*"));
    }

    private static void fillMergedCells(List<Row> rows) {
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r).cells());
            List<String> above = rows.get(r - 1).cells();
            for (int c = 0; c < cells.size() && c < above.size() && cells.get(c).isEmpty(); c++) {
                cells.set(c, above.get(c));
            }
            rows.set(r, new Row(rows.get(r).line(), cells));
        }
    }

    private int readHtml(List<SourceLine> lines, int start, List<Paragraph> out) {
        StringBuilder html = new StringBuilder();
        int i = start;
        while (i < lines.size() && !html.toString().contains("</table>")) {
            html.append(lines.get(i++).raw()).append('\n');
        }
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        Matcher row = HTML_ROW.matcher(html);
        while (row.find()) {
            Matcher cell = HTML_CELL.matcher(row.group(1));
            List<String> cells = new ArrayList<>();
            while (cell.find()) {
                header |= rows.isEmpty() && cell.group(1).equals("h");
                cells.add(cleaner.cleanText(cell.group(2)));
            }
            rows.add(new Row(lines.get(start).number(), cells));
        }
        emit(rows, header || rows.size() > 1 && looksLikeHeader(rows.get(0).cells()), out);
        return i;
    }

    static void emit(List<Row> rows, boolean header, List<Paragraph> out) {
        // 「分 管 县领导」: a header's spaces are layout, not words, so labels reach the extractor whole
        List<String> names = header ? rows.get(0).cells().stream().map(n -> n.replaceAll("[\\s\u3000]+", "")).toList()
                : List.of();
        for (Row row : header ? rows.subList(1, rows.size()) : rows) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cells().get(c);
                String name = c < names.size() ? names.get(c) : "";
                if (!cell.isEmpty()) {
                    parts.add(name.isEmpty() ? cell : name + "：" + cell);
                }
            }
            if (!parts.isEmpty()) {
                out.add(new Paragraph(String.join("；", parts), row.line(), row.cells()));
            }
        }
    }

    record Row(int line, List<String> cells) {
    }
}
