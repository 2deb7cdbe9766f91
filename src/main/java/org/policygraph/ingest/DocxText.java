package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * .docx (POI): the body in document order, one line per non-empty paragraph (with the label of Word's automatic
 * numbering), tables as TAB rows. A cell merged down from the row above (vMerge continue) repeats that cell's
 * text, and a cell spanning several grid columns is repeated in each, so every row has every column.
 */
final class DocxText implements FormatReader {
    @Override
    public String read(String fileName, byte[] content, ReadBudget budget) {
        if (!FileSignature.isZip(content)) {
            String kind = FileSignature.describe(content);
            throw UnreadableFileException.broken(fileName, "not a Word .docx file but "
                    + (kind == null ? "other data (a .docx is a zip archive)" : kind));
        }
        if (!FileSignature.zipHolds(content, "word/document.xml")) {
            throw UnreadableFileException.broken(fileName,
                    "a zip archive without word/document.xml (damaged, or not a Word .docx)");
        }
        budget.archive(content);
        TextLines lines = new TextLines(budget);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            DocxNumbering numbering = new DocxNumbering(document.getNumbering());
            document.getBodyElements().forEach(element -> body(element, numbering, lines, budget));
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UnreadableFileException.broken(fileName, "a damaged .docx: Word's XML in it cannot be read", e);
        }
        if (lines.isEmpty()) {
            throw UnreadableFileException.broken(fileName, "the document holds no text");
        }
        return lines.text();
    }

    private void body(IBodyElement element, DocxNumbering numbering, TextLines lines, ReadBudget budget) {
        if (element instanceof XWPFParagraph paragraph) {
            String label = numbering.label(paragraph);
            String text = paragraph.getText();
            if (!text.isBlank()) {
                lines.add(label + text);
            }
        } else if (element instanceof XWPFTable table) {
            lines.table(rows(table, budget));
        } else if (element instanceof XWPFSDT control) {
            lines.add(control.getContent().getText());
        }
    }

    private static List<TextLines.Row> rows(XWPFTable table, ReadBudget budget) {
        List<TextLines.Row> rows = new ArrayList<>();
        List<String> above = List.of();
        boolean columns = table.getRows().stream().anyMatch(r -> r.getTableCells().size() > 1);
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            List<XWPFTableCell> own = row.getTableCells();
            boolean anyContinued = false;
            for (XWPFTableCell cell : own) {
                int column = cells.size();
                boolean continued = continuesAbove(cell);
                anyContinued |= continued;
                String text = continued ? (column < above.size() ? above.get(column) : "") : text(cell);
                for (int k = 0; k < span(cell); k++) {
                    cells.add(text);
                }
            }
            budget.cells(cells.size());
            rows.add(new TextLines.Row(cells, own.size() == 1 && !anyContinued && columns));
            above = cells;
        }
        return rows;
    }

    /** The cell's paragraphs and nested tables, separated by a space. */
    private static String text(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(paragraph.getText());
            } else if (element instanceof XWPFTable nested) {
                nested.getRows().forEach(r -> r.getTableCells().forEach(c -> parts.add(text(c))));
            }
        }
        return TextLines.cell(String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList()));
    }

    private static boolean continuesAbove(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetVMerge()
                && (!properties.getVMerge().isSetVal() || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetGridSpan()) {
            return 1;
        }
        return Math.max(1, Math.min(properties.getGridSpan().getVal().intValue(), 100));
    }
}
