package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.TaskTableFormatsTest.leads;
import static org.policygraph.ingest.TaskTableFormatsTest.supports;
import static org.policygraph.ingest.TaskTableFormatsTest.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.Task;

/** A Word 97-2003 table (LibreOffice's .doc) with a two-row header and cells merged down and across. */
class WordDocFormatsTest {
    @Test
    void should_repeat_cells_merged_down_and_label_columns_under_a_two_row_header_by_their_lower_names() {
        List<Task> tasks = SampleFiles.tasks("merged-table.doc", BadOfficeFiles.fixture("merged-table.doc"));

        assertThat(leads(task(tasks, "建立重大项目储备库"))).containsExactly("市发展改革委");
        assertThat(supports(task(tasks, "建立重大项目储备库"))).containsExactly("市统计局", "市财政局");
        assertThat(task(tasks, "建立重大项目储备库").deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(leads(task(tasks, "一网通办"))).containsExactly("市政务办");
        assertThat(task(tasks, "一网通办").deadline().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(tasks).noneMatch(t -> t.text().contains("（一）项目建设") || t.text().contains("责任单位"));
    }

    @Test
    void should_keep_the_section_rows_of_a_doc_table_as_lines_of_their_own() {
        String text = new DocumentFormats().text("merged-table.doc", BadOfficeFiles.fixture("merged-table.doc"));

        assertThat(text).contains("\n（一）项目建设\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t")
                .contains("\n（二）数字政府\n");
    }
}
