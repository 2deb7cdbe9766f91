package org.policygraph.ingest;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook sheet's rows as {@link SheetLayout} reads them: each cell as the sheet shows it (POI's
 * {@link DataFormatter}: 0.726 under a 0.0% format reads 72.6%; a formula shows its last computed value), and a
 * merged range's text repeated into every cell it covers. Excel's built-in short date, whose look depends on the
 * reader's system, is shown the Chinese way (2024年3月31日). Only rows that exist in the file are read, and every
 * cell read, and every position a merged range covers, is counted through the file's {@link ReadBudget}.
 */
final class SheetCells {
    static final int MAX_COLUMNS = 256;
    static final int MAX_CELL_CHARS = 32_767;
    private final ReadBudget budget;
    private final DataFormatter formatter = new DataFormatter(Locale.CHINA);

    SheetCells(ReadBudget budget) {
        this.budget = budget;
        formatter.setUseCachedValuesForFormulaCells(true);
        formatter.addFormat("m/d/yy", new SimpleDateFormat("yyyy年M月d日", Locale.CHINA));
        formatter.addFormat("m/d/yy h:mm", new SimpleDateFormat("yyyy年M月d日 H:mm", Locale.CHINA));
    }

    List<SheetLayout.SheetRow> rows(Sheet sheet) {
        Map<Long, Merged> merged = merged(sheet);
        List<SheetLayout.SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            RowCells cells = new RowCells(row.getRowNum());
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                if (column >= MAX_COLUMNS) {
                    break;
                }
                count();
                while (cells.size() < column) {
                    cells.add(merged.get(key(cells.row, cells.size())), "");
                }
                cells.add(merged.get(key(cells.row, column)), display(cell));
            }
            while (cells.size() < MAX_COLUMNS && merged.containsKey(key(cells.row, cells.size()))) {
                cells.add(merged.get(key(cells.row, cells.size())), "");
            }
            rows.add(new SheetLayout.SheetRow(cells.texts, cells.carried && !cells.own));
        }
        return rows;
    }

    private String display(Cell cell) {
        String text = formatter.formatCellValue(cell);
        budget.characters(Math.min(text.length(), MAX_CELL_CHARS));
        return text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text;
    }

    /** Every cell position a merged range covers, mapped to the range's text (that of its top-left cell). */
    private Map<Long, Merged> merged(Sheet sheet) {
        Map<Long, Merged> merged = new HashMap<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            Row top = sheet.getRow(range.getFirstRow());
            Cell first = top == null ? null : top.getCell(range.getFirstColumn());
            Merged value = new Merged(first == null ? "" : display(first), range.getFirstRow());
            int lastColumn = Math.min(range.getLastColumn(), MAX_COLUMNS - 1);
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                count();
                if (sheet.getRow(r) == null) {
                    continue;
                }
                for (int c = range.getFirstColumn(); c <= lastColumn; c++) {
                    count();
                    merged.put(key(r, c), value);
                }
            }
        }
        return merged;
    }

    /** One row's texts being gathered, and whether its filled cells are its own or carried down from above. */
    private static final class RowCells {
        private final int row;
        private final List<String> texts = new ArrayList<>();
        private boolean own;
        private boolean carried;

        RowCells(int row) {
            this.row = row;
        }

        int size() {
            return texts.size();
        }

        void add(Merged range, String ownText) {
            String text = range == null ? ownText : range.text();
            boolean filled = !text.isBlank();
            own |= filled && (range == null || range.firstRow() == row);
            carried |= filled && range != null && range.firstRow() < row;
            texts.add(text);
        }
    }

    private void count() {
        budget.cells(1);
    }

    private static long key(int row, int column) {
        return (long) row * MAX_COLUMNS + column;
    }

    private record Merged(String text, int firstRow) {
    }
}
