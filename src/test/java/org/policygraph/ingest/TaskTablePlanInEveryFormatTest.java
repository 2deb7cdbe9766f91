package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.TaskTableFormatsTest.leads;
import static org.policygraph.ingest.TaskTableFormatsTest.supports;
import static org.policygraph.ingest.TaskTableFormatsTest.task;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.extract.Task;

/**
 * One plan with a ten-row task table (src/test/resources/formats/plan.txt) as LibreOffice saves it
 * (scripts/office-fixtures.sh): the whole notice as .docx, .doc, .wps and .pdf, its table as .xlsx, .xls, .et and
 * .csv.
 * Each gives the .txt's table tasks with the same leads, supports and deadlines; the whole notice gives the .txt's
 * other tasks too.
 */
class TaskTablePlanInEveryFormatTest {
    private static final List<Task> FROM_TEXT = tableTasks("plan.txt");

    @Test
    void should_read_ten_table_tasks_with_a_lead_supports_and_a_deadline_each_from_the_text() {
        assertThat(FROM_TEXT).hasSize(10);
        assertThat(FROM_TEXT).allSatisfy(t -> {
            assertThat(leads(t)).hasSize(1);
            assertThat(supports(t)).hasSize(2);
            assertThat(t.deadline().date()).isNotNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.docx", "plan.doc", "plan.wps", "plan.pdf", "plan-table.xlsx", "plan-table.xls",
            "plan-table.et", "plan-table.csv"})
    void should_give_the_same_table_tasks_leads_supports_and_deadlines_as_the_text(String name) {
        List<Task> tasks = tableTasks(name);

        assertThat(tasks).hasSameSizeAs(FROM_TEXT);
        for (Task expected : FROM_TEXT) {
            Task actual = task(tasks, taskText(expected));
            assertThat(leads(actual)).as("%s: %s", name, taskText(expected)).isEqualTo(leads(expected));
            assertThat(supports(actual)).as("%s: %s", name, taskText(expected)).isEqualTo(supports(expected));
            assertThat(actual.deadline()).as("%s: %s", name, taskText(expected)).isNotNull();
            assertThat(actual.deadline().date()).isEqualTo(expected.deadline().date());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.docx", "plan.doc", "plan.wps"})
    void should_give_the_whole_notice_the_same_tasks_as_the_text(String name) {
        List<Task> fromText = all("plan.txt");
        List<Task> tasks = all(name);

        assertThat(tasks.stream().map(Task::text).toList()).isEqualTo(fromText.stream().map(Task::text).toList());
        assertThat(tasks.stream().map(t -> Objects.toString(t.deadline())).toList())
                .isEqualTo(fromText.stream().map(t -> Objects.toString(t.deadline())).toList());
    }

    private static String taskText(Task task) {
        return task.text().replaceAll(".*重点任务：([^；]+).*", "$1");
    }

    private static List<Task> tableTasks(String name) {
        return all(name).stream().filter(t -> t.text().contains("重点任务：")).toList();
    }

    private static List<Task> all(String name) {
        return SampleFiles.tasks(name, BadOfficeFiles.fixture(name));
    }
}
