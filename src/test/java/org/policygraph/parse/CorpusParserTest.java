package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusParserTest {
    static final Path CORPUS = Path.of("graph-import/corpus");
    static final String GAZETTE = "2017-zhengzhou-gazette-march.txt";
    static final String PLAN = "2017-zhengzhou-opening-up-plan.txt";
    static final String WEB_PAGE = "2016-henan-opening-up-action-plan.txt";
    private static final CorpusParser PARSER = new CorpusParser();
    private static final List<ParsedDocument> ALL = new ArrayList<>();

    @BeforeAll
    static void parseCorpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> ALL.addAll(PARSER.parse(f)));
        }
    }

    static List<ParsedDocument> from(String sourceFile) {
        return ALL.stream().filter(d -> d.sourceFile().equals(sourceFile)).toList();
    }

    static ParsedDocument byKey(String key) {
        return ALL.stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void should_cut_44_gazette_documents_and_one_per_other_file() {
        assertThat(ALL).hasSize(48);
        assertThat(from(GAZETTE)).hasSize(44);
        assertThat(ALL).extracting(ParsedDocument::key).doesNotHaveDuplicates();
    }

    @Test
    void should_give_every_document_a_title_and_date_and_all_but_the_web_page_a_number() {
        assertThat(ALL).allSatisfy(d -> {
            assertThat(d.title()).as(d.key()).startsWith("关于");
            assertThat(d.issuedOn()).as(d.key()).isNotNull();
            assertThat(d.issuer()).as(d.key()).isNotBlank();
            assertThat(d.sha256()).as(d.key()).hasSize(64);
        });
        assertThat(ALL).filteredOn(d -> d.docNo() == null).extracting(ParsedDocument::sourceFile)
                .containsExactly(WEB_PAGE);
    }

    @ParameterizedTest
    @CsvSource({
            "郑政〔2017〕6号, 关于处理国有建设用地上不动产登记相关问题的意见, 2017-03-07, 郑州市人民政府",
            "郑政〔2017〕8号, 关于奖励2016年度销售收入首超百亿企业的决定, 2017-03-25, 郑州市人民政府",
            "郑政〔2017〕12号, 关于印发郑州市推进制造业供给侧结构性改革行动方案（2016-2018年）的通知, 2017-03-29, 郑州市人民政府",
            "郑政文〔2017〕49号, 关于进一步加强文物工作的实施意见, 2017-03-08, 郑州市人民政府",
            "郑政文〔2017〕57号, 关于2016年度办理行政复议案件有关情况的通报, 2017-03-21, 郑州市人民政府",
            "郑政文〔2017〕62号, 关于印发郑州市推进服务业供给侧结构性改革专项行动方案（2016-2018年）的通知, 2017-03-24, 郑州市人民政府",
            "郑政办〔2017〕22号, 关于印发郑州市安全生产“十三五”规划的通知, 2017-03-03, 郑州市人民政府办公厅",
            "郑政办〔2017〕30号, 关于印发郑州市2017年提升对外开放水平推进城市国际化实施方案的通知, 2017-03-13, 郑州市人民政府办公厅",
            "郑政办〔2017〕37号, 关于印发郑州市2017年都市生态农业产业发展专项实施方案的通知, 2017-03-26, 郑州市人民政府办公厅",
            "郑政办〔2017〕44号, 关于加快金融租赁行业发展的实施意见, 2017-03-31, 郑州市人民政府办公厅",
            "郑政办文〔2017〕18号, 关于2016年郑州市政府网站绩效评估情况的通报, 2017-03-16, 郑州市人民政府办公厅",
            "郑政办文〔2017〕21号, 关于表彰2016年度政府系统综合文稿工作先进单位和先进个人的通报, 2017-03-28, 郑州市人民政府办公厅"
    })
    void should_read_gazette_number_title_date_and_issuer_as_printed(String docNo, String title, LocalDate date,
                                                                    String issuer) {
        ParsedDocument document = byKey(docNo);

        assertThat(document.docNo()).isEqualTo(docNo);
        assertThat(document.title()).isEqualTo(title);
        assertThat(document.issuedOn()).isEqualTo(date);
        assertThat(document.issuer()).isEqualTo(issuer);
        assertThat(document.sourceFile()).isEqualTo(GAZETTE);
    }

    @Test
    void should_start_a_gazette_document_at_the_issuer_line_above_its_number_line() {
        assertThat(byKey("郑政〔2017〕6号").firstLine()).isEqualTo(3);
        assertThat(byKey("郑政〔2017〕8号").firstLine()).isEqualTo(216);
        assertThat(byKey("郑政〔2017〕7号").lastLine()).isLessThan(216);
        assertThat(byKey("郑政办文〔2017〕18号").firstLine()).isEqualTo(5613);
    }

    @Test
    void should_not_open_a_document_at_a_number_cited_in_running_text() {
        assertThat(ALL).extracting(ParsedDocument::docNo).doesNotContain("郑政办〔2016〕45号");
        ParsedDocument citing = byKey("郑政办文〔2017〕18号");
        assertThat(citing.firstLine()).isLessThan(5755);
        assertThat(citing.lastLine()).isGreaterThan(6182);
    }

    @Test
    void should_read_the_web_page_without_number_from_its_title_and_publication_date() {
        ParsedDocument page = from(WEB_PAGE).get(0);

        assertThat(page.key()).isEqualTo(WEB_PAGE + "#1");
        assertThat(page.title()).isEqualTo("关于印发2016年河南省对外开放工作行动计划的通知");
        assertThat(page.issuer()).isEqualTo("河南省人民政府办公厅");
        assertThat(page.issuedOn()).isEqualTo(LocalDate.of(2016, 6, 22));
        assertThat(page.sections()).extracting(Section::heading).containsExactly("总体要求", "工作重点", "保障措施");
        assertThat(page.sections().get(1).children()).extracting(Section::path)
                .startsWith("二/（一）", "二/（二）", "二/（三）");
        assertThat(page.sections().get(1).children().get(0).heading()).isEqualTo("加快平台载体建设，着力提升开放综合竞争力");
    }

    @Test
    void should_date_a_document_by_the_bracketed_date_under_its_title() {
        ParsedDocument opinion = PARSER.parse("opinion.txt", "关于推进人才集聚工程的实施意见\n(2012年9月19日)\n"
                + "为深入贯彻科学发展观，根据有关精神，提出如下实施意见。\n一、总体目标\n1.目标。大力实施六大人才行动计划。\n").get(0);

        assertThat(opinion.title()).isEqualTo("关于推进人才集聚工程的实施意见");
        assertThat(opinion.issuedOn()).isEqualTo(LocalDate.of(2012, 9, 19));
    }

    @Test
    void should_replace_ocr_latex_by_plain_symbols() {
        String text = allText(byKey("郑政办〔2017〕35号"));

        assertThat(text).contains("城市签约服务覆盖率≥30%，农村签约服务覆盖率≥80%").doesNotContain("$").doesNotContain("\\geq");
    }

    @Test
    void should_reject_text_without_any_line_and_a_missing_file_naming_the_file() {
        assertThatThrownBy(() -> PARSER.parse("blank.txt", " \n\u3000\n")).isInstanceOf(ParseException.class)
                .hasMessageContaining("blank.txt");
        assertThatThrownBy(() -> PARSER.parse(CORPUS.resolve("missing.txt"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("missing.txt");
    }

    static String allText(ParsedDocument document) {
        StringBuilder text = new StringBuilder();
        document.preamble().forEach(p -> text.append(p.text()).append('\n'));
        document.sections().forEach(s -> appendText(s, text));
        return text.toString();
    }

    private static void appendText(Section section, StringBuilder text) {
        text.append(section.heading()).append('\n');
        section.paragraphs().forEach(p -> text.append(p.text()).append('\n'));
        section.children().forEach(c -> appendText(c, text));
    }
}
