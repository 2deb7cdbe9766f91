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
 * A page without a text layer that shows an image (a scan) is rendered at {@link #OCR_DPI} and read by OCR
 * ({@link PageOcr}, {@link OcrPageText}); with OCR off such a PDF is refused, as is one that needs a password or
 * forbids copying its text.
 */
final class PdfText implements FormatReader {
    /** Scans are rendered at 300 dpi: at 200 dpi OCR drops characters of long lines. */
    static final int OCR_DPI = 300;
    private final PageOcr ocr;

    PdfText(PageOcr ocr) {
        this.ocr = ocr;
    }

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
            List<Integer> scans = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                budget.page();
                pages.add(page(document, page, budget));
                if (pages.get(page - 1).isEmpty() && PdfScans.showsImage(document.getPage(page - 1))) {
                    scans.add(page - 1);
                }
            }
            if (!scans.isEmpty()) {
                PdfScans.read(fileName, document, scans, ocr, budget).forEach(pages::set);
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
                    : budget.ocrPages() > 0 ? "a PDF without a text layer, and OCR found no text on its pages"
                    : "a PDF without a text layer and without page images");
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
