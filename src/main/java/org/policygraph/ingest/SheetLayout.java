package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sheet's grid of cells as shown (a workbook sheet or a .csv) laid out as the parser reads tables. A sheet is
 * seldom a bare table: a title row or two, or a line such as 「填报单位：…」, stand above the header row. The header is
 * the first row that fills at least half of the sheet's columns; the rows above it become paragraphs, and it and
 * the rows below become one table. Below the header, a row whose filled cells all hold one text (a merged cell
 * across the table, or one cell alone, such as 「一、基础设施」) is a section heading, and a row that holds only
 * the continuation of cells merged down from above adds nothing and is dropped.
 */
final class SheetLayout {
    /**
     * One row of the grid, merged cells already repeated into every position they cover; {@code onlyCarried}: every
     * filled cell is a merged cell that began in a row above.
     */
    record SheetRow(List<String> cells, boolean onlyCarried) {
        SheetRow(List<String> cells) {
            this(cells, false);
        }
    }

    private SheetLayout() {
    }

    static void write(List<SheetRow> rows, TextLines lines) {
        List<Integer> columns = usedColumns(rows);
        List<List<String>> grid = rows.stream().map(r -> columns.stream().map(c -> cell(r.cells(), c)).toList()).toList();
        if (columns.size() <= 1) {
            grid.forEach(row -> row.forEach(lines::add));
            return;
        }
        int header = headerRow(grid, columns.size());
        for (int r = 0; r < header; r++) {
            lines.add(String.join(" ", distinctFilled(grid.get(r))));
        }
        List<TextLines.Row> table = new ArrayList<>();
        for (int r = header; r < grid.size(); r++) {
            Set<String> filled = distinctFilled(grid.get(r));
            if (filled.isEmpty() || r > header && rows.get(r).onlyCarried()) {
                continue;
            }
            table.add(new TextLines.Row(grid.get(r), r > header && filled.size() == 1));
        }
        lines.table(table);
    }

    /** The first row filling at least half of the columns (at least two) with distinct texts; else the first row. */
    private static int headerRow(List<List<String>> grid, int width) {
        int needed = Math.max(2, (width + 1) / 2);
        for (int r = 0; r < grid.size(); r++) {
            if (distinctFilled(grid.get(r)).size() >= needed) {
                return r;
            }
        }
        return 0;
    }

    /** The columns that hold text in some row, in order. */
    private static List<Integer> usedColumns(List<SheetRow> rows) {
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<Integer> used = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            int column = c;
            if (rows.stream().anyMatch(r -> !cell(r.cells(), column).isEmpty())) {
                used.add(c);
            }
        }
        return used;
    }

    private static Set<String> distinctFilled(List<String> cells) {
        Set<String> filled = new LinkedHashSet<>();
        cells.stream().filter(c -> !c.isEmpty()).forEach(filled::add);
        return filled;
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? TextLines.cell(cells.get(column)) : "";
    }
}
