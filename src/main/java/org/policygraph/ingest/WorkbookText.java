package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * .xlsx, .xls and .et (POI; WPS's .et is the .xls or .xlsx format under another name, so the content decides):
 * every visible sheet, its cells as the sheet shows them ({@link SheetCells}), laid out as paragraphs above a table
 * ({@link SheetLayout}). Each sheet after the first opens with its name as a line of its own, unless that is a
 * default name (Sheet2, 工作表2): the first sheet's rows open the text, as its title rows are the document's title.
 */
final class WorkbookText implements FormatReader {
    private static final Pattern DEFAULT_NAME = Pattern.compile("(?i)(sheet|工作表|表)\\s*\\d*");

    @Override
    public String read(String fileName, byte[] content, ReadBudget budget) {
        boolean zip = FileSignature.isZip(content);
        if (!zip && !FileSignature.isOle2(content)) {
            String kind = FileSignature.describe(content);
            throw UnreadableFileException.broken(fileName, "not an Excel workbook but "
                    + (kind == null ? "other data (a workbook is an .xlsx zip or an .xls Office file)" : kind));
        }
        if (zip && !FileSignature.zipHolds(content, "xl/workbook.xml")) {
            throw UnreadableFileException.broken(fileName,
                    "a zip archive without xl/workbook.xml (damaged, or not an Excel .xlsx)");
        }
        if (zip) {
            budget.archive(content);
        }
        TextLines lines = new TextLines(budget);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            SheetCells cells = new SheetCells(budget);
            List<Sheet> sheets = visibleSheets(workbook);
            for (Sheet sheet : sheets) {
                List<SheetLayout.SheetRow> rows = cells.rows(sheet);
                if (rows.stream().allMatch(r -> r.cells().stream().allMatch(String::isBlank))) {
                    continue;
                }
                lines.blank();
                if (!lines.isEmpty() && !DEFAULT_NAME.matcher(sheet.getSheetName().strip()).matches()) {
                    lines.add(sheet.getSheetName());
                }
                SheetLayout.write(rows, lines);
            }
        } catch (EncryptedDocumentException e) {
            throw UnreadableFileException.broken(fileName, "a password-protected workbook; save it without a password", e);
        } catch (OldExcelFormatException e) {
            throw UnreadableFileException.broken(fileName, "an Excel 5.0/95 workbook, too old to read; save it as .xlsx", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw UnreadableFileException.broken(fileName, "a damaged workbook: its cells cannot be read", e);
        }
        if (lines.isEmpty()) {
            throw UnreadableFileException.broken(fileName, "the workbook's sheets are empty");
        }
        return lines.text();
    }

    private static List<Sheet> visibleSheets(Workbook workbook) {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                sheets.add(workbook.getSheetAt(i));
            }
        }
        return sheets;
    }
}
