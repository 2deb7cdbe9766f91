package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Files made to cost a reader far more than their size: each is refused as too large (413 at the upload route)
 * by the read budget, before the library reading it fills the heap; a real plan still reads.
 */
class HostileFilesTest {
    private final DocumentFormats formats = new DocumentFormats();

    @Test
    void should_refuse_a_small_docx_of_millions_of_tiny_paragraphs_before_word_opens_it() {
        byte[] docx = HostileFiles.manyParagraphsDocx();
        assertThat(docx.length).as("the archive stays small").isLessThan(5 << 20);

        FileTooCostlyException e = catchThrowableOfType(FileTooCostlyException.class, () -> formats.text("方案.docx", docx));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("方案.docx: too large to read").contains("markup elements");
    }

    @Test
    void should_refuse_a_docx_whose_xml_unpacks_to_more_than_the_budget() {
        byte[] docx = HostileFiles.withDocumentXml(SampleFiles.docx(SampleFiles.guangzhouLines(), null, 0), out -> {
            out.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                out.write(spaces);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });

        FileTooCostlyException e = catchThrowableOfType(FileTooCostlyException.class, () -> formats.text("方案.docx", docx));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("MB once unpacked");
    }

    @Test
    void should_refuse_a_pdf_of_thousands_of_empty_pages_before_reading_any() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 5_000; i++) {
                document.addPage(new PDPage());
            }
            document.save(pdf);
        }

        FileTooCostlyException e = catchThrowableOfType(FileTooCostlyException.class,
                () -> formats.text("空白页.pdf", pdf.toByteArray()));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("5000 pages");
    }

    @Test
    void should_refuse_a_web_page_of_millions_of_elements_before_parsing_it() {
        String page = "<html><body>" + "<b>中".repeat(1_500_000) + "</body></html>";

        FileTooCostlyException e = catchThrowableOfType(FileTooCostlyException.class,
                () -> formats.text("页面.html", page.getBytes(StandardCharsets.UTF_8)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("markup elements");
    }

    @Test
    void should_read_a_web_page_nested_deeper_than_any_document_without_a_stack_overflow() {
        String page = "<html><body>" + "<div>".repeat(100_000) + "关于推进民生幸福工程的实施意见" + "</body></html>";

        assertThat(formats.text("深.html", page.getBytes(StandardCharsets.UTF_8))).contains("关于推进民生幸福工程的实施意见");
    }

    @Test
    void should_refuse_a_text_file_of_millions_of_lines() {
        byte[] text = "中\n".repeat(2_000_000).getBytes(StandardCharsets.UTF_8);

        FileTooCostlyException e = catchThrowableOfType(FileTooCostlyException.class, () -> formats.text("行.txt", text));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("paragraphs");
    }

    @Test
    void should_count_paragraphs_and_table_cells_of_a_real_plan_in_every_reader() {
        List<String> lines = SampleFiles.guangzhouLines();
        DocumentFormats tight = new DocumentFormats(new ReadBudget.Limits(2_000, 64L << 20, 1_000_000, 1_500,
                lines.size() / 2, 10, 5_000_000, Duration.ofSeconds(30)));
        byte[] docx = SampleFiles.docx(lines, null, 0);
        byte[] html = SampleFiles.html("方案", lines, null, 0).getBytes(StandardCharsets.UTF_8);
        byte[] table = SampleFiles.docx(lines.subList(0, 3), SampleFiles.TASK_TABLE, 2);

        assertThat(catchThrowableOfType(FileTooCostlyException.class, () -> tight.text("方案.docx", docx)))
                .hasMessageContaining("paragraphs");
        assertThat(catchThrowableOfType(FileTooCostlyException.class, () -> tight.text("方案.html", html)))
                .hasMessageContaining("paragraphs");
        assertThat(catchThrowableOfType(FileTooCostlyException.class, () -> tight.text("表.docx", table)))
                .hasMessageContaining("table cells");
    }

    @Test
    void should_read_the_largest_shipped_file_within_the_default_budget() throws IOException {
        byte[] gazette = Files.readAllBytes(Path.of("graph-import/corpus/2017-zhengzhou-gazette-march.txt"));

        assertThat(formats.text("gazette.txt", gazette)).contains("郑州");
    }

    @Test
    void should_refuse_a_damaged_docx_without_the_library_message() {
        byte[] docx = HostileFiles.withDocumentXml(SampleFiles.docx(SampleFiles.guangzhouLines(), null, 0), out -> out.write(
                "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><w:document/>".getBytes(StandardCharsets.UTF_8)));

        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class, () -> formats.text("坏.docx", docx));

        assertThat(e).isNotNull().isNotInstanceOf(FileTooCostlyException.class);
        assertThat(e.getMessage()).startsWith("坏.docx: a damaged .docx").doesNotContain("Exception").doesNotContain("DOCTYPE");
    }
}
