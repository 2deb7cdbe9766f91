package org.policygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Asker;
import org.policygraph.ask.GraphView;
import org.policygraph.ask.QuestionText;
import org.policygraph.ask.progress.ProgressDesk;
import org.policygraph.graph.read.ProgressBoard;

/** The time-aware 督办 questions answered from the imported reports, with "today" set to a day of 2017. */
class ProgressDeskIT {
    private static final Answer GENERAL = new Answer("general", java.util.List.of(), GraphView.empty(), null, "", 0);
    private static ProgressDesk desk;
    /** The progress step as the question's path runs it: its answer, else the path goes on (here: GENERAL). */
    private static final Asker asker = (question, conversation) -> desk.answer(QuestionText.normalise(question),
            conversation, System.nanoTime()).orElse(GENERAL);

    @BeforeAll
    static void importReports() {
        Clock july = Clock.fixed(LocalDate.of(2017, 7, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        desk = new ProgressDesk(new ProgressBoard(ProgressFixtures.importedStore()), july);
    }

    @Test
    void should_answer_how_one_piece_of_work_is_going_with_its_as_of_date_and_citations() {
        Answer answer = asker.ask("截至2017年6月底，社会保险费征缴职责划转进度怎么样？", null);

        assertThat(answer.answer()).startsWith("截至2017-06-30").contains("严重滞后").contains("40%")
                .contains("郑政办〔2017〕38号");
        assertThat(answer.citations()).extracting(c -> c.docNo()).contains("郑政办〔2017〕38号");
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.quote()).contains("省级系统未上线"));
    }

    @Test
    void should_list_what_is_behind_schedule_seriously_late_first() {
        Answer answer = asker.ask("截至2017年6月30日，哪些项目进展偏慢？", null);

        assertThat(answer.answer()).startsWith("截至2017-06-30").contains("社会保险费征缴职责划转")
                .contains("重大工业项目建设").contains("扎实全面推进“一口受理”").doesNotContain("已完成");
        assertThat(answer.answer().indexOf("严重滞后")).isLessThan(answer.answer().indexOf("（原文“进度偏慢”）"));
    }

    @Test
    void should_answer_for_the_tasks_a_unit_leads_as_of_today() {
        Answer answer = asker.ask("市科技局牵头的几项进展怎么样", null);

        assertThat(answer.answer()).startsWith("截至2017-07-15").contains("2项")
                .contains("着力培育新兴产业").contains("加快创新平台建设");
    }

    @Test
    void should_answer_in_english_which_tasks_are_past_their_deadline_and_not_reported_done() {
        Answer answer = asker.ask("Which tasks are past their deadline and not reported done?", null);

        assertThat(answer.answer()).startsWith("As of 2017-07-15").contains("past their deadline")
                .contains("社会保险费征缴职责划转").doesNotContain("细化深化行政审批标准化建设");
    }

    @Test
    void should_list_the_progress_of_what_falls_due_next_month_and_leave_the_plain_due_list_to_graph_questions() {
        Answer answer = asker.ask("下个月到期的工作进展怎么样？", null);

        assertThat(answer.answer()).startsWith("截至2017-07-15").contains("2017-08-01至2017-08-31");
        assertThat(asker.ask("下个月到期的有哪些？", null).answer()).isEqualTo("general");
    }

    @Test
    void should_rank_units_by_tasks_behind_schedule() {
        Answer answer = asker.ask("Which unit has the most tasks behind schedule?", null);

        assertThat(answer.answer()).startsWith("As of 2017-07-15").contains("市工信委");
    }

    @Test
    void should_answer_how_the_work_a_leader_is_in_charge_of_is_going_citing_plan_and_report() {
        Answer answer = asker.ask("截至2024年7月15日，俞悦分管的工作进度如何？", null);

        assertThat(answer.answer()).startsWith("截至2024-07-15").contains("俞悦分管的2项工作")
                .contains("芜职院").contains("（原文“进度滞后”）").contains("完成40%").contains("完成65%")
                .doesNotContain("体质健康监测");
        assertThat(answer.citations()).extracting(c -> c.sourceFile())
                .contains("2024-nanling-gov-report-tasks.txt", ProgressFixtures.LEADER_REPORT);
    }

    @Test
    void should_answer_in_english_for_a_leader_with_the_as_of_date_asked() {
        Answer answer = asker.ask("How is the work overseen by 陆明 going as of 2024-07-15?", null);

        assertThat(answer.answer()).startsWith("As of 2024-07-15").contains("1 task(s) overseen by 陆明")
                .contains("芜职院").contains("behind schedule").contains("40% done");
    }

    @Test
    void should_list_in_chinese_what_is_past_its_deadline_and_not_reported_done() {
        Answer answer = asker.ask("截至2017年7月15日，哪些工作已过完成时限但未报告完成？", null);

        assertThat(answer.answer()).startsWith("截至2017-07-15").contains("已过完成时限、未报告完成的工作")
                .contains("社会保险费征缴职责划转").doesNotContain("细化深化行政审批标准化建设");
        assertThat(answer.citations()).isNotEmpty();
    }

    @Test
    void should_rank_units_by_tasks_behind_schedule_in_chinese() {
        Answer answer = asker.ask("截至2017年6月30日，哪个单位进展滞后的工作最多？", null);

        assertThat(answer.answer()).startsWith("截至2017-06-30").contains("按牵头单位统计")
                .contains("市工信委：");
    }

    @Test
    void should_answer_an_english_question_about_one_piece_of_work_through_the_glossary() {
        Answer parallel = asker.ask("How is the parallel approval work progressing as of 2017-06-30?", null);
        Answer upgrading = asker.ask("What is the progress of technological upgrading?", null);

        assertThat(parallel.answer()).startsWith("As of 2017-06-30").contains("并联审批").contains("100% done");
        assertThat(parallel.citations()).extracting(c -> c.docNo()).contains("郑政办〔2017〕38号");
        assertThat(upgrading.answer()).startsWith("As of 2017-07-15").contains("47% done")
                .contains("郑政办〔2017〕43号");
    }

    @Test
    void should_leave_other_questions_to_the_general_asker() {
        assertThat(asker.ask("中欧班列的目标由哪个局牵头？", null).answer()).isEqualTo("general");
    }
}
