package org.policygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.ParsedDocument;

class ProgressReportReaderTest {
    private final ProgressReportReader reader = new ProgressReportReader();

    @Test
    void should_read_a_text_report_with_its_as_of_date_units_and_statuses() {
        ProgressReport report = reader.read(ProgressFixtures.parsed(ProgressFixtures.TEXT_REPORT)).orElseThrow();

        assertThat(report.asOf()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(report.thresholds().seriouslyLate()).isEqualTo(10.0);
        assertThat(report.rows()).hasSize(17);
        ProgressRow major = row(report, "重大工业项目建设");
        assertThat(major.units()).containsExactly("市工信委", "市发展改革委");
        assertThat(major.percent()).isEqualTo(36.0);
        assertThat(major.status()).isEqualTo("seriously-late");
        assertThat(row(report, "工业大气污染防治").status()).isEqualTo("late");
        assertThat(row(report, "系列招商活动").status()).isEqualTo("not-started");
        assertThat(row(report, "培育新兴产业、布局未来产业").statusText()).isEqualTo("进度偏慢");
        assertThat(row(report, "重点工业项目建设").units()).containsExactly("市工信委");
        assertThat(row(report, "去产能").status()).isEqualTo("done");
    }

    @Test
    void should_read_a_word_table_by_its_columns_and_apply_the_reports_own_thresholds() {
        ProgressReport report = reader.read(ProgressFixtures.parsed(ProgressFixtures.TABLE_REPORT)).orElseThrow();

        assertThat(report.asOf()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(report.thresholds().late()).isEqualTo(5.0);
        assertThat(report.thresholds().seriouslyLate()).isEqualTo(15.0);
        assertThat(report.rows()).hasSize(19);
        ProgressRow hall = row(report, "市级政务服务大厅建设和入驻");
        assertThat(hall.units()).containsExactly("市政务办", "郑发集团", "市数字办");
        assertThat(hall.percent()).isEqualTo(80.0);
        assertThat(hall.status()).isEqualTo("on-track");
        assertThat(hall.deadlineText()).isEqualTo("2017年7月底前");
        assertThat(row(report, "绩效考评机制").status()).isEqualTo("suspended");
        assertThat(row(report, "推行企业投资项目承诺制试点").status()).isEqualTo("not-started");
    }

    @Test
    void should_take_the_as_of_date_of_a_later_markdown_report_from_its_header() {
        ProgressReport report = reader.read(ProgressFixtures.parsed(ProgressFixtures.LATER_REPORT)).orElseThrow();

        assertThat(report.asOf()).isEqualTo(LocalDate.of(2017, 9, 30));
        assertThat(report.rows()).hasSize(8);
        assertThat(row(report, "市级政务服务大厅建设入驻").statusText()).isEqualTo("已投用");
        assertThat(row(report, "基层政务服务集中提供试点").units()).containsExactly("市政务办", "二七区");
    }

    @Test
    void should_read_a_county_units_spreadsheet_report_with_percent_cells_and_status_words() {
        ProgressReport report = reader.read(ProgressFixtures.parsed(ProgressFixtures.LEADER_REPORT)).orElseThrow();

        assertThat(report.asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(report.rows()).hasSize(3);
        ProgressRow college = row(report, "保障芜职院现代物流智造学院秋季开学");
        assertThat(college.units()).containsExactly("县教育局");
        assertThat(college.percent()).isEqualTo(40.0);
        assertThat(college.status()).isEqualTo("late");
        assertThat(college.statusText()).isEqualTo("进度滞后");
        assertThat(row(report, "中小学生体质健康监测全覆盖").status()).isEqualTo("done");
    }

    @Test
    void should_write_the_reports_as_the_files_an_office_sends_and_read_them_back() throws Exception {
        Path dir = ProgressFixtures.write(Files.createTempDirectory("progress-fixtures"));

        byte[] docx = Files.readAllBytes(dir.resolve(ProgressFixtures.TABLE_REPORT));
        String text = new org.policygraph.ingest.DocumentFormats().text(ProgressFixtures.TABLE_REPORT, docx);
        ParsedDocument doc = new CorpusParser().parse(ProgressFixtures.TABLE_REPORT, text).get(0);

        assertThat(reader.read(doc).orElseThrow().rows()).hasSize(19);
        assertThat(dir.resolve(ProgressFixtures.LATER_REPORT)).exists();
        assertThat(dir.resolve(ProgressFixtures.TEXT_REPORT)).exists();
    }

    @Test
    void should_not_take_any_real_plan_of_other_places_for_a_progress_report() throws Exception {
        Path real = Path.of("src/test/resources/real/docs");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(real), "the shared real plans are not here");
        CorpusParser parser = new CorpusParser();
        try (Stream<Path> files = Files.list(real)) {
            List<ParsedDocument> docs = files.sorted().flatMap(f -> parser.parse(f).stream()).toList();

            assertThat(docs).hasSizeGreaterThanOrEqualTo(12);
            assertThat(docs).filteredOn(d -> reader.read(d).isPresent()).extracting(ParsedDocument::title).isEmpty();
        }
    }

    @Test
    void should_not_take_any_shipped_plan_for_a_progress_report() throws Exception {
        CorpusParser parser = new CorpusParser();
        try (Stream<Path> files = Files.list(Path.of("graph-import/corpus"))) {
            List<ParsedDocument> docs = files.sorted().flatMap(f -> parser.parse(f).stream()).toList();

            assertThat(docs).hasSizeGreaterThan(40);
            assertThat(docs).filteredOn(d -> reader.read(d).isPresent()).extracting(ParsedDocument::title).isEmpty();
        }
    }

    private static ProgressRow row(ProgressReport report, String name) {
        return report.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + report.rows().stream()
                        .map(ProgressRow::name).toList()));
    }
}
