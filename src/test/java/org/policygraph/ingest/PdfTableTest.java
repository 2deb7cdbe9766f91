package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.policygraph.ingest.TaskTableFormatsTest.leads;
import static org.policygraph.ingest.TaskTableFormatsTest.supports;
import static org.policygraph.ingest.TaskTableFormatsTest.task;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.extract.Task;

/**
 * Task tables printed to PDF keep their rows: the table is rebuilt from its ruling lines and the text positions,
 * wrapped cell lines joined and merged cells repeated (LibreOffice's PDF of a merged table; a browser's PDF of the
 * ten-row plan, which as lines gave five tasks and no units).
 */
class PdfTableTest {
    @Test
    void should_repeat_cells_merged_down_and_keep_section_rows_of_a_libreoffice_pdf_table() {
        List<Task> tasks = SampleFiles.tasks("merged-table.pdf", BadOfficeFiles.fixture("merged-table.pdf"));

        assertThat(leads(task(tasks, "建立重大项目储备库"))).containsExactly("市发展改革委");
        assertThat(supports(task(tasks, "建立重大项目储备库"))).containsExactly("市统计局", "市财政局");
        assertThat(task(tasks, "建立重大项目储备库").deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(leads(task(tasks, "一网通办"))).containsExactly("市政务办");
        assertThat(tasks).noneMatch(t -> t.text().contains("（一）项目建设") || t.text().contains("责任单位"));
    }

    @Test
    void should_give_the_ten_rows_of_a_browser_printed_task_table_with_their_units_and_deadlines(@TempDir Path dir)
            throws Exception {
        assumeTrue(Files.isExecutable(SampleFiles.CHROMIUM), "needs the apt packages chromium and fonts-noto-cjk");
        List<String> lines = Files.readAllLines(BadOfficeFiles.FORMATS.resolve("plan.txt"), StandardCharsets.UTF_8);
        List<List<String>> table = lines.stream().filter(l -> l.contains("\t")).map(l -> Arrays.asList(l.split("\t"))).toList();
        List<String> text = lines.stream().filter(l -> !l.contains("\t") && !l.isBlank()).toList();
        byte[] pdf = SampleFiles.pdf(SampleFiles.html(text.get(0), text, table, 4), dir);

        List<Task> rows = SampleFiles.tasks("plan.pdf", pdf).stream().filter(t -> t.text().contains("重点任务：")).toList();

        assertThat(rows).hasSize(10);
        assertThat(rows).allSatisfy(t -> {
            assertThat(leads(t)).hasSize(1);
            assertThat(supports(t)).hasSize(2);
            assertThat(t.deadline()).isNotNull();
        });
        assertThat(leads(task(rows, "招商引资推介活动"))).containsExactly("市商务局");
    }
}
