package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * .doc and .wps (POI HWPF; a WPS document is, as WPS writes it, a Word 97-2003 file under another name): the
 * paragraphs in order, tables as TAB rows ({@link WordTable}). A .doc or .wps that is really a .docx (a zip) is
 * read as one. Some files written by WPS break HWPF's reading (apache/poi#1041): they are refused with the advice
 * to save them as .docx, as are encrypted files, Word 6/95 files and Office files that are not Word documents.
 * Word's automatic list numbers are not read from a .doc (the labels typed in the text are).
 */
final class DocText implements FormatReader {
    private final FormatReader docx = new DocxText();

    @Override
    public String read(String fileName, byte[] content, ReadBudget budget) {
        if (FileSignature.isZip(content) && FileSignature.zipHolds(content, "word/document.xml")) {
            return docx.read(fileName, content, budget);
        }
        if (!FileSignature.isOle2(content)) {
            String kind = FileSignature.describe(content);
            throw UnreadableFileException.broken(fileName, "not a Word .doc file but "
                    + (kind == null ? "other data (a .doc is an Office file)" : kind));
        }
        TextLines lines = new TextLines(budget);
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (!file.getRoot().hasEntry("WordDocument")) {
                throw UnreadableFileException.broken(fileName, file.getRoot().hasEntry("EncryptionInfo")
                        ? "a password-protected Office file; save it without a password"
                        : "an Office file that is not a Word document (a workbook or a presentation?)");
            }
            body(new HWPFDocument(file).getRange(), lines, budget);
        } catch (EncryptedDocumentException e) {
            throw UnreadableFileException.broken(fileName, "a password-protected Word file; save it without a password", e);
        } catch (OldWordFileFormatException e) {
            throw UnreadableFileException.broken(fileName, "a Word 6.0/95 file, too old to read; save it as .docx", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw UnreadableFileException.broken(fileName, "a Word 97-2003 file that cannot be read (WPS writes some"
                    + " that way); open it and save it as .docx", e);
        }
        if (lines.isEmpty()) {
            throw UnreadableFileException.broken(fileName, "the document holds no text");
        }
        return lines.text();
    }

    private static void body(Range range, TextLines lines, ReadBudget budget) {
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable() && paragraph.getTableLevel() == 1) {
                Table table = range.getTable(paragraph);
                lines.table(WordTable.rows(table, budget));
                i += Math.max(0, table.numParagraphs() - 1);
            } else {
                lines.add(WordTable.clean(paragraph.text()));
            }
        }
    }
}
