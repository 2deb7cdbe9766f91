package org.policygraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * .pdf (PDFBox): the text of each page in reading position, hard-wrapped lines kept as they are (the parser joins
 * them back into sentences), running headers and footers and page numbers dropped ({@link PdfPageFurniture}). A
 * table drawn with ruling lines ({@link PdfRulings}, {@link PdfGrid}) becomes TAB rows, its cells' wrapped lines
 * joined and merged cells repeated, where it stands among the lines.
 * A PDF that needs a password, forbids copying its text, or has no text layer (a scan) is refused.
 */
final class PdfText implements FormatReader {
    @Override
    public String read(String fileName, byte[] content, ReadBudget budget) {
        if (!FileSignature.isPdf(content)) {
            String kind = FileSignature.describe(content);
            throw UnreadableFileException.broken(fileName, "not a PDF (no %PDF header)" + (kind == null ? "" : " but " + kind));
        }
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw UnreadableFileException.broken(fileName, "an encrypted PDF whose permissions forbid copying its text");
            }
            budget.pages(document.getNumberOfPages());
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                budget.page();
                pages.add(page(document, page, budget));
            }
        } catch (InvalidPasswordException e) {
            throw UnreadableFileException.broken(fileName, "an encrypted PDF that needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw UnreadableFileException.broken(fileName, "a damaged PDF: its structure cannot be read", e);
        }
        List<List<String>> body = PdfPageFurniture.drop(pages);
        if (body.stream().allMatch(List::isEmpty)) {
            throw UnreadableFileException.broken(fileName, pages.isEmpty() ? "a PDF without pages"
                    : "a PDF without a text layer (only images, such as a scan); run OCR on it first");
        }
        List<String> lines = new ArrayList<>();
        for (List<String> page : body) {
            lines.addAll(page);
            lines.add("");
        }
        return String.join("\n", lines).strip();
    }

    /** The page's lines, and its ruled tables as TAB rows where they stand among them. */
    private static List<String> page(PDDocument document, int number, ReadBudget budget) throws IOException {
        List<PdfGrid> grids = new ArrayList<>(PdfGrid.find(PdfRulings.of(document.getPage(number - 1))));
        List<PdfPageLines.Line> lines = new PdfPageLines(grids).read(document, number);
        grids.sort(PdfGrid.byTop());
        TextLines page = new TextLines(budget);
        int next = 0;
        for (PdfPageLines.Line line : lines) {
            while (next < grids.size() && grids.get(next).top() < line.y()) {
                table(grids.get(next++), page, budget);
            }
            page.add(line.text());
        }
        while (next < grids.size()) {
            table(grids.get(next++), page, budget);
        }
        return RadicalFolding.fold(page.text()).strip().lines().toList();
    }

    private static void table(PdfGrid grid, TextLines page, ReadBudget budget) {
        List<TextLines.Row> rows = grid.rows();
        rows.forEach(row -> budget.cells(row.cells().size()));
        page.table(rows);
    }
}
