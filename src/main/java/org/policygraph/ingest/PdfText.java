package org.policygraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * .pdf (PDFBox): the text of each page in reading position, hard-wrapped lines kept as they are (the parser joins
 * them back into sentences), running headers and footers and page numbers dropped ({@link PdfPageFurniture}).
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
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            budget.pages(document.getNumberOfPages());
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                budget.page();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(document).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                lines.forEach(line -> {
                    budget.paragraph();
                    budget.characters(line.length());
                });
                pages.add(lines);
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
}
