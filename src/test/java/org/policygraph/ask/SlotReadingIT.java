package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;
import org.policygraph.graph.Neo4jStore;

/**
 * The asked slot read over the evidence (class: slot reading, refusal decision) on real plans: values written in
 * Chinese numerals, a unit an English question names as what a figure is about, no figure lent by a clause about
 * another item when the item asked has none, a unit named as the lead of the task asked, a body set up to do it.
 */
class SlotReadingIT {
    private static Neo4jStore store;
    private static AskService asker;

    @BeforeAll
    static void load() {
        store = TestGraph.freshStore();
        List<Path> paths = List.of(Path.of("src/test/resources/more-docs/2012-guangzhou-talent-gathering.txt"),
                Path.of("graph-import/corpus/2017-zhengzhou-gazette-march.txt"),
                Path.of("graph-import/corpus/2018-zhengzhou-investment-promotion-opinions.txt"),
                Path.of("graph-import/corpus/2018-zhengzhou-free-trade-zone-industry-plan.txt"),
                Path.of("graph-import/corpus/2017-zhengzhou-opening-up-plan.txt"));
        asker = TestGraph.importedAndEmbedded(store, paths);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String answer(String question) {
        return asker.ask(question, null).answer();
    }

    @Test
    void should_answer_a_count_written_in_chinese_numerals() {
        assertThat(answer("招商引资意见里每年评选表彰多少个重大招商引资项目？")).contains("十大").doesNotContain("未明确");
    }

    @Test
    void should_read_the_figure_of_the_unit_an_english_question_asks_about() {
        assertThat(answer("How big is the Zhengzhou area of the free trade zone, and how much of it is in the "
                + "Zhengzhou Economic Development Zone?")).contains("73.17平方公里", "41.22平方公里");
    }

    @Test
    void should_refuse_a_figure_the_item_asked_does_not_give_rather_than_lend_one_of_another_item() {
        assertThat(answer("高校合作项目给多少资金扶持？")).contains("未明确").doesNotContain("万元");
    }

    @Test
    void should_read_a_unit_named_as_the_lead_of_the_task_asked_and_answer_that_tasks_date() {
        assertThat(answer("市重点项目办牵头的那项任务是什么？什么时候完成？")).contains("并联审批", "2017年6月底前");
    }

    @Test
    void should_name_the_body_a_plan_sets_up_to_carry_the_work_out() {
        assertThat(answer("对外开放工作实施方案里，综试区建设工作具体由哪个机构负责开展？"))
                .contains("综试区建设工作管理办公室").doesNotContain("未明确");
    }

    @Test
    void should_answer_the_time_limit_of_a_clause_among_the_best_when_the_best_has_none() {
        assertThat(answer("五单一网工作要点里，并联审批那项什么时候完成？")).contains("6月底前").doesNotContain("未明确");
    }

    @Test
    void should_name_the_bodies_a_sentence_has_jointly_draw_up_the_rules() {
        assertThat(answer("金融租赁补助资金的管理办法由哪些部门制定？")).contains("市财政局", "金融办")
                .doesNotContain("未明确");
    }

    @Test
    void should_count_the_units_that_lead_a_task_rather_than_look_for_a_figure() {
        assertThat(answer("突出重大工业项目建设这项有几个牵头单位？")).contains("市工信委", "市发展改革委", "共2个")
                .doesNotContain("未明确");
    }

    @Test
    void should_answer_each_of_two_questions_about_two_documents() {
        assertThat(answer("双创基地市级财政每年的专项资金多少？工业发展工作专案里制造强市发展基金规模多大？"))
                .contains("2亿元", "100亿元", "郑政〔2017〕7号", "郑政办〔2017〕43号");
    }

    @Test
    void should_keep_a_goal_and_its_result_asked_in_two_questions_one_question() {
        assertThat(answer("2017年郑州外贸进出口目标多少？自贸区产业规划里说实际完成了多少？")).contains("562.8", "596.3");
    }

    @Test
    void should_take_the_unit_an_english_question_writes_in_chinese_over_its_english_guess() {
        assertThat(answer("Which tasks of the Quality Supervision Bureau (质监局) are in the ecological monitoring plan?"))
                .contains("市质监局").doesNotContain("市监察局");
    }

    @Test
    void should_read_a_sum_per_square_metre_as_money_not_an_area() {
        assertThat(answer("In the financial leasing opinion, how much is the office purchase subsidy per square metre?"))
                .contains("1000元").doesNotContain("Not specified");
    }

    @Test
    void should_describe_the_document_an_english_question_names_by_its_number() {
        assertThat(answer("What is the document 郑政办〔2017〕31号 about?")).contains("服务外包", "2017-03-13");
    }

    @Test
    void should_show_every_stage_of_a_staged_completion_cell() {
        assertThat(answer("市级政务服务大厅什么时候开始正式运行？")).contains("10月1日");
    }

    @Test
    void should_answer_a_plan_period_asked_as_a_time_limit() {
        assertThat(answer("郑州片区产业发展规划的规划期是哪几年？")).contains("2018—2022年").doesNotContain("未明确");
    }

    @Test
    void should_name_the_document_a_document_says_it_follows() {
        assertThat(answer("不动产登记相关问题处理实施细则依据的是哪个意见？")).contains("郑政〔2017〕6号");
    }

    @Test
    void should_list_a_duty_written_after_the_unit_and_a_colon_in_the_units_task_list() {
        assertThat(answer("服务业建筑业统计工作里市统计局负责哪些？")).contains("业务主管部门");
    }

    @Test
    void should_read_the_figure_of_each_year_asked_from_the_clause_that_names_it() {
        assertThat(answer("挂牌上市公司在2017年和2018年分别要达到多少家？")).contains("200家", "210家");
    }

    @Test
    void should_list_only_what_a_unit_leads_when_it_is_the_subject_of_a_lead_verb_and_a_list_word() {
        // 市留交办 leads items 28 and 32 and supports item 33 (人才研究智库)
        assertThat(answer("人才集聚工程里留交办牵头哪几个项目？")).contains("红棉计划", "留学人员广州科技交流会")
                .doesNotContain("人才研究智库");
    }

    @Test
    void should_refuse_the_date_of_a_table_row_named_whose_table_has_no_date_column() {
        // 住房保障办法 is a row of the 预备项目 table, which has no 审议时间 column; the rows of the 力争完成项目 table
        // cover more of the question's words and each has a month
        String answer = answer("立法计划里郑州市住房保障办法打算啥时候提请市政府审议？");

        assertThat(answer).contains("未明确").doesNotContain("2017年9月", "2017年3月13日");
    }

    @Test
    void should_read_the_second_slot_from_the_row_the_first_question_names() {
        // 「计划几月提请市政府审议？」 names no document of its own: it asks about the regulation of the first question
        String answer = answer("非遗保护办法是哪个局起草？计划几月提请市政府审议？");

        assertThat(answer).contains("市文广新局", "2017年7月").doesNotContain("2017年5月");
    }

    @Test
    void should_say_what_a_document_named_by_its_number_does_in_its_own_words() {
        assertThat(answer("郑政办文〔2017〕19号是发的什么？")).contains("爱国卫生运动委员会",
                "决定对郑州市爱国卫生运动委员会成员进行调整");
        assertThat(answer("What was Zhengzhou government document 郑政〔2017〕8号 about?")).contains("海马汽车郑州基地");
    }
}
