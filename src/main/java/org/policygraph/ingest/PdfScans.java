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
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a PDF that carry no text layer but an image (scanned pages), rendered and read by OCR. */
final class PdfScans {
    /** A page image of at least 500 by 500 pixels: a scan at 100 dpi of a page is larger. */
    static final long SCAN_PIXELS = 250_000;
    private PdfScans() {
    }

    /**
     * Whether the page draws an image the size of a scanned page (at least {@link #SCAN_PIXELS} pixels), directly or
     * inside a form; a logo or a rule drawn as a small image is no scan.
     */
    static boolean showsImage(PDPage page) {
        return showsImage(page.getResources(), 2);
    }

    private static boolean showsImage(PDResources resources, int depth) {
        if (resources == null || depth == 0) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject image
                        && (long) image.getWidth() * image.getHeight() >= SCAN_PIXELS) {
                    return true;
                }
                if (object instanceof PDFormXObject form && showsImage(form.getResources(), depth - 1)) {
                    return true;
                }
            } catch (IOException e) {
                return false;
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
