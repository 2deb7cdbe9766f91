import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.policygraph.ingest.DocumentFormats;
import org.policygraph.ingest.PageOcr;
import org.policygraph.ingest.ReadBudget;

/**
 * OCR accuracy on pages of a PDF (scripts/ocr-accuracy.sh makes it from a shipped document with LibreOffice): each
 * page alone, its text layer read as the import reads it, against the same page scanned (rendered at 200 dpi into a
 * JPEG page image in a PDF without text) and read by OCR. Character error rate = edit distance / characters of the
 * text layer, whitespace ignored and width forms folded (NFKC). Usage: java -cp target/classes:target/lib/* scripts/OcrAccuracy.java PDF PAGE...
 */
public class OcrAccuracy {
    public static void main(String[] args) throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of(args[0]));
        DocumentFormats formats = new DocumentFormats(ReadBudget.Limits.DEFAULT, PageOcr.ON);
        long errors = 0;
        long characters = 0;
        for (int i = 1; i < args.length; i++) {
            int page = Integer.parseInt(args[i]);
            String truth = normal(formats.read("page.pdf", page(pdf, page, false)).text());
            long start = System.nanoTime();
            DocumentFormats.FileText read = formats.read("scan.pdf", page(pdf, page, true));
            double seconds = (System.nanoTime() - start) / 1e9;
            String ocr = normal(read.text());
            int distance = distance(truth, ocr);
            if (System.getenv("OCR_ACCURACY_DUMP") != null) {
                Files.writeString(Path.of(System.getenv("OCR_ACCURACY_DUMP"), "page-" + page + ".txt"), truth + "\n" + ocr + "\n");
            }
            errors += distance;
            characters += truth.length();
            System.out.printf("page %d: %d characters, %d errors, accuracy %.2f%%, %.1f s (OCR'd pages: %d)%n", page,
                    truth.length(), distance, 100.0 * (1 - (double) distance / truth.length()), seconds, read.ocrPages());
        }
        System.out.printf("all: %d characters, %d errors, accuracy %.2f%%%n", characters, errors,
                100.0 * (1 - (double) errors / characters));
    }

    /** Whitespace dropped and width forms folded (NFKC): a comma the source wrote half-width reads as full-width. */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Page {@code page} (from 1) alone: as it is, or scanned. */
    private static byte[] page(byte[] pdf, int page, boolean scan) throws Exception {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
            if (!scan) {
                out.importPage(source.getPage(page - 1));
            } else {
                PDRectangle box = source.getPage(page - 1).getMediaBox();
                BufferedImage image = new PDFRenderer(source).renderImageWithDPI(page - 1, 200, ImageType.GRAY);
                PDPage scanned = new PDPage(box);
                out.addPage(scanned);
                try (PDPageContentStream content = new PDPageContentStream(out, scanned)) {
                    content.drawImage(JPEGFactory.createFromImage(out, image, 0.85f), 0, 0, box.getWidth(), box.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int same = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + same);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
