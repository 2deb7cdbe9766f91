package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.ask.question.GraphQuestion.Dated;
import org.policygraph.ask.question.GraphQuestion.Measure;
import org.policygraph.ask.question.GraphQuestion.Role;
import org.policygraph.graph.read.DepartmentSummary;

/** Which questions are counts, rankings or due lists of tasks, and which are ordinary questions about a clause. */
class GraphQuestionReadingTest {
    private static final LocalDate TODAY = LocalDate.of(2017, 6, 30);
    private final DepartmentNames names = new DepartmentNames(List.of(new DepartmentSummary("市商务局", "郑州市商务局",
            "Municipal Bureau of Commerce", List.of("商务局"), "city", 30, 50, true)));
    private final GraphQuestionReader reader = new GraphQuestionReader(names);

    private Optional<GraphQuestion> read(String text, String... departments) {
        Question question = new Question(text, Language.of(text), Set.of(), List.of(), List.of(departments), Map.of(),
                Set.of(), null, false);
        return reader.read(question, TODAY);
    }

    @Test
    void should_read_a_count_of_what_a_named_unit_supports() {
        GraphQuestion g = read("市商务局配合了几项", "市商务局").orElseThrow();

        assertThat(g.measure()).isEqualTo(Measure.COUNT);
        assertThat(g.role()).isEqualTo(Role.SUPPORT);
        assertThat(g.units()).containsExactly("市商务局");
    }

    @Test
    void should_read_a_count_of_a_units_tasks_asked_with_in_all_or_as_projects() {
        // 「一共几条」, 「承担了几个项目」: the count of the unit's tasks, as 「牵头了几项」 is
        assertThat(read("民主法治那份实施意见里，市商务局牵头的一共几条？", "市商务局").orElseThrow().measure())
                .isEqualTo(Measure.COUNT);
        assertThat(read("立法计划里，市商务局一共承担了几个项目？", "市商务局").orElseThrow().measure())
                .isEqualTo(Measure.COUNT);
    }

    @Test
    void should_read_an_english_count_of_a_place_s_targets_assigned_to_a_unit() {
        GraphQuestion g = read("How many of Shapingba's 2022 expected targets are assigned to the Bureau of Commerce?",
                "市商务局").orElseThrow();

        assertThat(g.measure()).isEqualTo(Measure.COUNT);
        assertThat(g.units()).containsExactly("市商务局");
    }

    @Test
    void should_leave_the_date_of_one_thing_to_the_clause_not_to_a_due_list() {
        assertThat(read("For research items in the 2017 plan, when are the reports due to the Bureau of Commerce?",
                "市商务局")).isEmpty();
        assertThat(read("Which items of the Bureau of Commerce are due in 2017?", "市商务局")).isPresent();
    }

    @Test
    void should_read_rankings_of_units_and_of_documents() {
        assertThat(read("各部门牵头任务数排个序").orElseThrow().measure()).isEqualTo(Measure.RANK_UNITS);
        assertThat(read("哪个文件任务最多").orElseThrow().measure()).isEqualTo(Measure.RANK_DOCUMENTS);
        assertThat(read("Which department leads the most tasks?").orElseThrow().role()).isEqualTo(Role.LEAD);
    }

    @Test
    void should_read_a_due_list_with_its_window_and_a_count_without_deadline() {
        GraphQuestion due = read("今年三季度到期的任务有哪些？").orElseThrow();
        GraphQuestion undated = read("How many tasks have no deadline in the plan?").orElseThrow();

        assertThat(due.measure()).isEqualTo(Measure.LIST);
        assertThat(due.window().fromIso()).isEqualTo("2017-07-01");
        assertThat(undated.measure()).isEqualTo(Measure.COUNT);
        assertThat(undated.dated()).isEqualTo(Dated.WITHOUT);
    }

    @Test
    void should_leave_figure_and_list_questions_about_clauses_alone() {
        assertThat(read("2017年全货运航线目标是几条")).isEmpty();
        assertThat(read("2016年省里境外重点办几项专题经贸交流活动")).isEmpty();
        assertThat(read("大竹今年棚户区改造任务多少户")).isEmpty();
        assertThat(read("2017年郑州要完成的招商任务是多少")).isEmpty();
        assertThat(read("市委办公厅牵头的有哪几项？")).isEmpty();
        assertThat(read("社保费征收移交那项改革要求啥时候完成？")).isEmpty();
        assertThat(read("Which are the most important tasks for 2017?")).isEmpty();
        assertThat(read("In the 2017 approval-reform key points, what task is co-led by 数字办, and what is its "
                + "deadline?")).isEmpty();
    }
}
