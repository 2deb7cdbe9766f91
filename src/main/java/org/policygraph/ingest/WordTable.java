package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A .doc table (HWPF) as rows of cells on one grid. Word 97-2003 stores no column grid: a cell merged across
 * columns is simply wider, so the grid's columns are cut at every cell edge of the table, and a wide cell is
 * repeated into each column it covers. A cell merged down from the row above repeats that cell's text.
 */
final class WordTable {
    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 100;

    private WordTable() {
    }

    static List<TextLines.Row> rows(Table table, ReadBudget budget) {
        int rowCount = Math.min(table.numRows(), MAX_ROWS);
        List<Integer> edges = edges(table, rowCount);
        List<TextLines.Row> rows = new ArrayList<>();
        List<String> above = List.of();
        boolean columns = false;
        for (int r = 0; r < rowCount; r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            boolean anyContinued = false;
            int own = Math.min(row.numCells(), MAX_COLUMNS);
            for (int c = 0; c < own; c++) {
                TableCell cell = row.getCell(c);
                int first = cells.size();
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                anyContinued |= continued;
                String text = continued ? (first < above.size() ? above.get(first) : "") : text(cell);
                for (int k = 0; k < span(edges, cell); k++) {
                    cells.add(text);
                }
            }
            budget.cells(cells.size());
            columns |= own > 1;
            rows.add(new TextLines.Row(cells, own == 1 && !anyContinued));
            above = cells;
        }
        boolean manyColumns = columns;
        return rows.stream().map(r -> new TextLines.Row(r.cells(), r.spansAll() && manyColumns)).toList();
    }

    /** The cell's paragraphs, separated by a space, without Word's field codes and cell marks. */
    static String text(Range range) {
        return TextLines.cell(clean(range.text()).replace('\r', ' '));
    }

    /** Word's text without field instructions (HYPERLINK "…") and without cell, row and page marks. */
    static String clean(String text) {
        return Range.stripFields(text).replaceAll("[\\u0007\\u0001\\u0008\\u0013\\u0014\\u0015]", "")
                .replace('\u000B', '\n').replace('\f', '\n');
    }

    /** The left edges of every cell in the table, and each row's right edge. */
    private static List<Integer> edges(Table table, int rowCount) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < rowCount && edges.size() <= MAX_COLUMNS; r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < Math.min(row.numCells(), MAX_COLUMNS); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        return new ArrayList<>(edges);
    }

    /** How many grid columns the cell covers (at least one). */
    private static int span(List<Integer> edges, TableCell cell) {
        int left = cell.getLeftEdge();
        int right = left + cell.getWidth();
        int covered = 0;
        for (int i = 0; i + 1 < edges.size(); i++) {
            if (edges.get(i) >= left && edges.get(i + 1) <= right) {
                covered++;
            }
        }
        return Math.max(1, Math.min(covered, MAX_COLUMNS));
    }
}
