package org.policygraph.extract.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * Gold tasks written into a real Word file (POI): the notice's title, then one table with a header of lexicon
 * wordings, a section row across the table every 30 tasks, and the lead cell merged down over tasks that share it.
 */
final class DocxTable {
    private static final int COLUMNS = 5;
    private static final int SECTION_EVERY = 30;

    private DocxTable() {
    }

    static byte[] write(List<RenderTask> tasks) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(Layouts.TITLE);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("序号", Synonyms.nth(Field.TASK, 5), Synonyms.nth(Field.LEAD, 6), Synonyms.nth(Field.SUPPORT, 7),
                    Synonyms.nth(Field.DEADLINE, 8)));
            List<Integer> sectionRows = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                if (i % SECTION_EVERY == 0) {
                    sectionRows.add(rows.size());
                    rows.add(List.of("第" + (i / SECTION_EVERY + 1) + "部分 重点领域工作", "", "", "", ""));
                }
                RenderTask t = tasks.get(i);
                rows.add(List.of(String.valueOf(i + 1), t.body(), String.join("、", t.leads()), String.join("、", t.supports()),
                        t.gold().deadline() == null ? "" : t.gold().deadline()));
            }
            XWPFTable table = document.createTable(rows.size(), COLUMNS);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    table.getRow(r).getCell(c).setText(rows.get(r).get(c));
                }
            }
            mergeSharedLeads(table, rows, sectionRows);
            for (int r : sectionRows) {
                XWPFTableRow row = table.getRow(r);
                for (int c = COLUMNS - 1; c >= 1; c--) {
                    row.removeCell(c);
                }
                row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lead cell equal to the one above (both task rows) is merged into it, its text left empty as Word does. */
    private static void mergeSharedLeads(XWPFTable table, List<List<String>> rows, List<Integer> sectionRows) {
        for (int r = 2; r < rows.size(); r++) {
            boolean bothTasks = !sectionRows.contains(r) && !sectionRows.contains(r - 1);
            String lead = rows.get(r).get(2);
            if (bothTasks && !lead.isEmpty() && lead.equals(rows.get(r - 1).get(2))) {
                XWPFTableCell above = table.getRow(r - 1).getCell(2);
                if (!merged(above)) {
                    vMerge(above, STMerge.RESTART);
                }
                XWPFTableCell cell = table.getRow(r).getCell(2);
                cell.removeParagraph(0);
                cell.addParagraph();
                vMerge(cell, STMerge.CONTINUE);
            }
        }
    }

    private static boolean merged(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetVMerge();
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum value) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(value);
    }
}
