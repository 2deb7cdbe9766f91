package org.policygraph.graph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The colour of a task on the 督办 board as of a day, from its deadline and its latest report. */
class BoardRowTest {
    private static final LocalDate JULY_15 = LocalDate.of(2017, 7, 15);

    @Test
    void should_call_a_task_past_its_deadline_and_not_reported_done_overdue_even_when_reported_late() {
        BoardRow row = BoardRow.of(item("2017-06-30", "seriously-late"), JULY_15);

        assertThat(row.state()).isEqualTo("overdue");
        assertThat(row.behind()).isTrue();
        assertThat(row.in("behind")).isTrue();
    }

    @Test
    void should_call_a_task_reported_done_done_whatever_its_deadline() {
        assertThat(BoardRow.of(item("2017-03-31", "done"), JULY_15).state()).isEqualTo("done");
    }

    @Test
    void should_call_a_task_due_within_thirty_days_due_soon_and_one_due_later_open() {
        assertThat(BoardRow.of(item("2017-07-31", "on-track"), JULY_15).state()).isEqualTo("due-soon");
        assertThat(BoardRow.of(item("2017-08-14", "on-track"), JULY_15).state()).isEqualTo("due-soon");
        assertThat(BoardRow.of(item("2017-08-15", "on-track"), JULY_15).state()).isEqualTo("open");
        assertThat(BoardRow.of(item(null, "late"), JULY_15).state()).isEqualTo("behind");
    }

    private static ProgressItem item(String deadline, String status) {
        return new ProgressItem("t1", "任务", false, "一/1", "任务", "某〔2017〕1号", "某〔2017〕1号", "计划", null,
                List.of("市某局"), List.of(), deadline, deadline, "2017-06-30", "任务", status, null, 50.0, "进展",
                List.of(), "报告", null, "plan.txt", 1, "report.txt", 2, 1);
    }
}
