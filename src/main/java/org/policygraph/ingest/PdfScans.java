package org.policygraph.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a PDF that carry no text layer but an image (scanned pages), rendered and read by OCR. */
final class PdfScans {
    private PdfScans() {
    }

    /** Whether the page draws an image or a form (where scanners put the page image). */
    static boolean showsImage(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.isImageXObject(name) || resources.getXObject(name) != null) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    /** Each page's lines, by page index (from 0). */
    static Map<Integer, List<String>> read(String fileName, PDDocument document, List<Integer> pages, PageOcr ocr,
                                           ReadBudget budget) throws IOException {
        try (PageOcr.Batch batch = ocr.batch(fileName, budget)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<OcrPageText> layouts = new ArrayList<>();
            for (int page : pages) {
                BufferedImage image = renderer.renderImageWithDPI(page, PdfText.OCR_DPI, ImageType.GRAY);
                layouts.add(new OcrPageText(image));
                batch.add(image);
            }
            List<List<OcrBlock>> blocks = batch.read();
            Map<Integer, List<String>> lines = new LinkedHashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                lines.put(pages.get(i), layouts.get(i).lines(blocks.get(i), budget));
            }
            return lines;
        }
    }
}
