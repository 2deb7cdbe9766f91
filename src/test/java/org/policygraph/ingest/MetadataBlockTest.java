package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.DepartmentDictionary;
import org.policygraph.extract.ExtractedDocument;
import org.policygraph.extract.Extractor;
import org.policygraph.extract.Responsibility;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.ParsedDocument;

/**
 * A government site's metadata block (索引号, 文号, 发文机关, 成文日期…) gives the document's number, issuer and date
 * from its fields, in any order and layout, and none of its lines becomes the title: the real Caidian plan as
 * published, and the same plan with its block written again in other orders and layouts (label：value lines before
 * the title, labels and values on lines of their own, an HTML table), read through format, parse and extract.
 */
class MetadataBlockTest {
    private static final FileExtraction FILES = new FileExtraction(new CorpusParser(), new Extractor(DepartmentDictionary.load()));
    private static final Path CAIDIAN = Path.of("src/test/resources/real/docs/2023-caidian-gov-report-targets.txt");
    private static final String TITLE = "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知";
    private static final String NUMBER = "蔡政办〔2023〕1号";

    private static ExtractedDocument read(String name, byte[] content) {
        List<ExtractedDocument> docs = FILES.of(new SourceFile(name, content));
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    private static List<String> body() throws IOException {
        List<String> lines = Files.readAllLines(CAIDIAN);
        assertThat(lines.get(3)).startsWith("索 引 号");
        return lines.subList(6, lines.size());
    }

    /** Each task's words with its units, to compare a re-rendered plan with the published one. */
    private static List<String> tasks(ExtractedDocument doc) {
        return doc.tasks().stream().map(t -> t.text() + " | " + t.responsibilities().stream()
                .map(r -> r.role() + ":" + r.asWritten()).map(String::valueOf).collect(Collectors.joining("、"))).toList();
    }

    @Test
    void should_read_number_issuer_and_date_of_the_real_caidian_block_and_keep_its_title() throws IOException {
        ExtractedDocument doc = read(CAIDIAN.getFileName().toString(), Files.readAllBytes(CAIDIAN));

        ParsedDocument d = doc.document();
        assertThat(d.docNo()).isEqualTo(NUMBER);
        assertThat(d.issuer()).isEqualTo("区人民政府办公室");
        assertThat(d.issuedOn()).hasToString("2023-01-03");
        assertThat(d.title()).isEqualTo(TITLE);
        assertThat(tasks(doc)).hasSize(7).contains("地区生产总值增长7%以上 | LEADS:区发展和改革局")
                .noneMatch(t -> t.contains("MB1534522") || t.contains("政务公开"));
    }

    @Test
    void should_read_the_block_in_another_order_one_label_and_value_per_line_before_the_title() throws IOException {
        String block = """
                发文机关：蔡甸区人民政府办公室
                主题分类：综合政务\\通知
                成文日期：2023年01月03日
                发文字号: 蔡政办〔2023〕1号
                发布日期：2023年01月05日
                索引号：MB1534522/2023-05475
                有效性：有效
                """;
        assertSameAsPublished(read("caidian-a.txt", (block + TITLE + "\n" + String.join("\n", body())).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_read_labels_and_values_on_lines_of_their_own_and_take_the_title_after_them() throws IOException {
        String block = "索引号\nMB1534522/2023-05475\n发布时间\n2023-01-05\n文    号\n蔡政办〔2023〕1号\n发文单位\n"
                + "蔡甸区人民政府办公室\n成文日期\n2023-01-03\n";
        assertSameAsPublished(read("caidian-b.txt", (block + TITLE + "\n" + String.join("\n", body())).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_read_the_block_as_a_table_of_an_html_page_with_a_title_field() throws IOException {
        String table = "<table><tr><td>索 引 号：</td><td>MB1534522/2023-05475</td><td>主题分类：</td><td>综合政务</td></tr>"
                + "<tr><td>发文机关：</td><td>蔡甸区人民政府办公室</td><td>成文日期：</td><td>2023年01月03日</td></tr>"
                + "<tr><td>标    题：</td><td colspan=\"3\">" + TITLE + "</td></tr>"
                + "<tr><td>发文字号：</td><td>" + NUMBER + "</td><td>发布日期：</td><td>2023年01月05日</td></tr></table>";
        String paragraphs = body().stream().map(l -> "<p>" + l + "</p>").collect(Collectors.joining("\n"));
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + table + "\n<h1>" + TITLE + "</h1>\n"
                + paragraphs + "</body></html>";
        assertSameAsPublished(read("caidian-c.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertSameAsPublished(ExtractedDocument doc) throws IOException {
        ExtractedDocument published = read(CAIDIAN.getFileName().toString(), Files.readAllBytes(CAIDIAN));
        ParsedDocument d = doc.document();
        assertThat(d.docNo()).isEqualTo(NUMBER);
        assertThat(d.issuer()).isEqualTo("蔡甸区人民政府办公室");
        assertThat(d.issuedOn()).hasToString("2023-01-03");
        assertThat(d.title()).isEqualTo(TITLE);
        assertThat(d.jurisdiction().name()).isEqualTo("蔡甸区");
        assertThat(tasks(doc)).isEqualTo(tasks(published));
        assertThat(doc.tasks().stream().flatMap(t -> t.responsibilities().stream()).map(Responsibility::asWritten))
                .noneMatch(u -> Arrays.asList("蔡甸区人民政府办公室", "MB1534522/2023-05475").contains(u));
    }
}
