package org.policygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policygraph.graph.read.BoardRow;
import org.policygraph.graph.read.BoardView;
import org.policygraph.graph.read.ProgressItem;

/**
 * The 督办 board as an XLSX workbook, one row per task in the board's order, its state cell filled with the
 * board's colour; the sheet is named after the as-of date so that a saved copy says when it was true.
 */
public final class BoardWorkbook {
    public static final List<String> HEADERS = List.of("序号", "督办状态", "计划文号", "计划", "条目", "工作任务",
            "牵头单位", "报告所列单位", "分管领导", "完成时限", "截止日期", "进展截至", "完成进度（%）", "进展状态（原文）",
            "进展状态", "进展情况", "进展报告", "历次报告数");
    private static final Map<String, String> STATE_WORDS = Map.of("overdue", "已逾期", "behind", "滞后",
            "due-soon", "30天内到期", "done", "已完成", "open", "推进中");
    private static final Map<String, IndexedColors> COLOURS = Map.of("overdue", IndexedColors.ROSE, "behind",
            IndexedColors.LIGHT_ORANGE, "due-soon", IndexedColors.LIGHT_YELLOW, "done", IndexedColors.LIGHT_GREEN,
            "open", IndexedColors.WHITE);

    private BoardWorkbook() {
    }

    public static void write(BoardView view, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("督办 截至" + view.filter().asOf());
            header(book, sheet.createRow(0));
            sheet.createFreezePane(0, 1);
            Map<String, CellStyle> fills = new java.util.HashMap<>();
            COLOURS.forEach((state, colour) -> fills.put(state, fill(book, colour)));
            for (int r = 0; r < view.rows().size(); r++) {
                BoardRow row = view.rows().get(r);
                List<Object> cells = cells(r + 1, row);
                Row line = sheet.createRow(r + 1);
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof Number n) {
                        line.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        line.createCell(c).setCellValue(cell == null ? "" : String.valueOf(cell));
                    }
                }
                line.getCell(1).setCellStyle(fills.get(row.state()));
            }
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the board workbook: " + e.getMessage(), e);
        }
    }

    /** One task's cells, in the order of {@link #HEADERS}. */
    static List<Object> cells(int n, BoardRow row) {
        ProgressItem i = row.item();
        List<Object> cells = new ArrayList<>();
        cells.add(n);
        cells.add(STATE_WORDS.get(row.state()));
        cells.add(i.notInPlan() ? "未列入计划" : i.docNo());
        cells.add(i.notInPlan() ? null : i.docTitle());
        cells.add(i.sectionPath());
        cells.add(i.notInPlan() ? i.taskText() : i.title());
        cells.add(String.join("、", i.leads()));
        cells.add(String.join("、", i.units()));
        cells.add(String.join("、", i.leaders()));
        cells.add(i.deadlineText());
        cells.add(i.deadline());
        cells.add(i.asOf());
        cells.add(i.percent());
        cells.add(i.statusText());
        cells.add(i.status());
        cells.add(i.progressText());
        cells.add(i.reportTitle());
        cells.add(i.reports());
        return cells;
    }

    private static void header(XSSFWorkbook book, Row row) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        for (int c = 0; c < HEADERS.size(); c++) {
            row.createCell(c).setCellValue(HEADERS.get(c));
            row.getCell(c).setCellStyle(bold);
        }
    }

    private static CellStyle fill(XSSFWorkbook book, IndexedColors colour) {
        CellStyle style = book.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
