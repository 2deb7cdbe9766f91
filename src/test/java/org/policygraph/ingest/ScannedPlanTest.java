package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policygraph.ingest.TaskTableFormatsTest.leads;
import static org.policygraph.ingest.TaskTableFormatsTest.supports;

import dev.langchain4j.data.embedding.Embedding;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.policygraph.embed.BgeSmallZh;
import org.policygraph.extract.Task;

/**
 * The ten-row task plan of {@link TaskTablePlanInEveryFormatTest} as an office scans it: its LibreOffice PDF
 * (src/test/resources/formats/plan.pdf) rendered at 200 dpi into a JPEG page image in a PDF without a text layer,
 * and the same page as a PNG photo. OCR (a child JVM) reads them into the .txt's tasks, leads, supports and
 * deadlines within 5%; with OCR off the scan is refused with the reason. Two OCR'd pages in all.
 */
class ScannedPlanTest {
    private static final List<Task> FROM_TEXT = tableTasks("plan.txt", BadOfficeFiles.fixture("plan.txt"));
    private static final int SCAN_DPI = 200;

    @Test
    void should_read_a_scanned_plan_to_the_texts_tasks_leads_supports_and_deadlines_between_two_embeddings() {
        BgeSmallZh model = new BgeSmallZh();
        Embedding before = model.embed("市发展改革委牵头编制全市重大项目年度投资计划").content();

        List<Task> scanned = tableTasks("plan-scan.pdf", scan(BadOfficeFiles.fixture("plan.pdf")));

        assertWithinFivePercent("plan-scan.pdf", scanned);
        Embedding after = model.embed("市发展改革委牵头编制全市重大项目年度投资计划").content();
        assertThat(after.vector()).isEqualTo(before.vector());
    }

    @Test
    void should_read_a_photo_of_the_plan_to_the_texts_tasks_leads_supports_and_deadlines() {
        List<Task> photographed = tableTasks("plan-photo.png", png(page(BadOfficeFiles.fixture("plan.pdf"))));

        assertWithinFivePercent("plan-photo.png", photographed);
    }

    @Test
    void should_refuse_a_scan_with_the_reason_when_ocr_is_off() {
        DocumentFormats formats = new DocumentFormats(ReadBudget.Limits.DEFAULT, PageOcr.OFF);
        byte[] scan = scan(BadOfficeFiles.fixture("plan.pdf"));

        assertThatThrownBy(() -> formats.read("plan-scan.pdf", scan)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("plan-scan.pdf").hasMessageContaining("OCR is off");
    }

    @Test
    void should_read_a_pdf_with_a_text_layer_without_ocr() {
        DocumentFormats formats = new DocumentFormats(ReadBudget.Limits.DEFAULT, PageOcr.OFF);

        assertThat(formats.read("plan.pdf", BadOfficeFiles.fixture("plan.pdf")).ocrPages()).isZero();
    }

    /** Tasks, leads, supports and deadlines each as the text's for at least 95% of the text's tasks. */
    private static void assertWithinFivePercent(String name, List<Task> tasks) {
        int sameLeads = 0;
        int sameSupports = 0;
        int sameDeadlines = 0;
        for (Task expected : FROM_TEXT) {
            Task actual = closest(tasks, taskText(expected));
            sameLeads += leads(actual).equals(leads(expected)) ? 1 : 0;
            sameSupports += supports(actual).equals(supports(expected)) ? 1 : 0;
            sameDeadlines += actual.deadline() != null
                    && Objects.equals(actual.deadline().date(), expected.deadline().date()) ? 1 : 0;
        }
        int least = (int) Math.ceil(FROM_TEXT.size() * 0.95);
        assertThat(Math.abs(tasks.size() - FROM_TEXT.size())).as(name + " tasks " + tasks.stream().map(Task::text)
                .toList()).isLessThanOrEqualTo(FROM_TEXT.size() / 20);
        assertThat(sameLeads).as(name + " leads").isGreaterThanOrEqualTo(least);
        assertThat(sameSupports).as(name + " supports").isGreaterThanOrEqualTo(least);
        assertThat(sameDeadlines).as(name + " deadlines").isGreaterThanOrEqualTo(least);
    }

    /** The task whose text shares the most characters with {@code text} (OCR may misread a character). */
    private static Task closest(List<Task> tasks, String text) {
        return tasks.stream().max((a, b) -> Long.compare(shared(a.text(), text), shared(b.text(), text)))
                .orElseThrow();
    }

    private static long shared(String a, String b) {
        return b.chars().distinct().filter(c -> a.indexOf(c) >= 0).count();
    }

    private static String taskText(Task task) {
        return task.text().replaceAll(".*重点任务：([^；]+).*", "$1");
    }

    private static List<Task> tableTasks(String name, byte[] content) {
        return SampleFiles.tasks(name, content).stream().filter(t -> t.text().contains("重点任务")).toList();
    }

    /** The PDF's pages as JPEG page images in a PDF with no text layer, as a scanner makes it. */
    static byte[] scan(byte[] pdf) {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getMediaBox();
                BufferedImage image = renderer.renderImageWithDPI(i, SCAN_DPI, ImageType.GRAY);
                PDPage page = new PDPage(box);
                scan.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(JPEGFactory.createFromImage(scan, image, 0.85f), 0, 0, box.getWidth(),
                            box.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scan.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage page(byte[] pdf) {
        try (PDDocument source = Loader.loadPDF(pdf)) {
            return new PDFRenderer(source).renderImageWithDPI(0, SCAN_DPI, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
