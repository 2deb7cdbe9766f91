package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;
import org.policygraph.graph.Neo4jStore;

/**
 * Real plans of six places (four of Guangzhou's, Zhejiang, Shapingba, Caidian, Lishui, Nanling) and Henan's, with
 * their vectors: questions nobody tuned for, in Chinese and English, one per slot and failure class.
 */
class PlansFromOtherPlacesIT {
    private static Neo4jStore store;
    private static AskService asker;

    @BeforeAll
    static void load() throws IOException {
        store = TestGraph.freshStore();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> docs = Files.list(Path.of("src/test/resources/docs"))) {
            docs.sorted().forEach(paths::add);
        }
        paths.add(Path.of("graph-import/corpus/2016-henan-opening-up-action-plan.txt"));
        paths.add(Path.of("src/test/resources/real/docs/2012-guangzhou-talent-gathering.txt"));
        paths.add(Path.of("src/test/resources/real/docs/2016-dazhu-livelihood-projects.txt"));
        Path startOnly = Files.createTempFile("start-only", ".txt");
        Files.writeString(startOnly, """
                南陵县人民政府办公室关于印发2025年县城建设重点项目计划的通知
                各乡镇人民政府，县政府各部门：
                一、重点项目
                1.建设县城第二污水处理厂。新建日处理能力2万吨的污水处理厂一座，2025年3月底前开工。（牵头单位：县住建局，配合单位：县生态环境分局）
                南陵县人民政府办公室
                2025年1月6日
                """, StandardCharsets.UTF_8);
        paths.add(startOnly);
        asker = TestGraph.importedAndEmbedded(store, paths);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Answer ask(String question) {
        return asker.ask(question, null);
    }

    @Test
    void should_list_every_row_of_the_column_a_question_names() {
        // the notice's table heads its rows 「民生实事」: asked which they are, every row is the answer, not one clause
        Answer answer = ask("大竹县2016年的民生实事有哪些？");

        assertThat(answer.answer()).startsWith("「民生实事」共10项").contains("人行天桥", "东柳河");
        // row 5 holds two items (老年养护楼, 老年大学) under one number: ten rows, eleven items, each cited
        assertThat(answer.citations()).hasSize(11);
    }

    @Test
    void should_answer_what_the_first_listed_unit_is_from_the_documents_own_rule_or_say_it_states_none() {
        Answer lishui = ask("丽水2023年重点工作责任分解里，责任单位列第一位的是什么角色？");
        Answer nanling = ask("南陵县城建设重点项目计划里，责任单位排在第一位的是什么角色？");

        assertThat(lishui.answer()).contains("牵头或汇总单位", "除标注“分别牵头”外");
        assertThat(lishui.citations()).extracting(Citation::sourceFile).containsOnly("2023-lishui-gov-report-tasks.txt");
        assertThat(nanling.answer()).contains("没有说明").doesNotContain("牵头或汇总单位");
    }

    @Test
    void should_render_the_documents_listing_rule_in_english_with_its_chinese_beside_it() {
        Answer answer = ask("In Lishui's 2023 key work breakdown, what role does the first-listed responsible "
                + "unit have?");

        assertThat(answer.answer()).contains("lead unit or summarising unit (牵头或汇总单位)", "除标注“分别牵头”外");
        assertThat(answer.citations()).extracting(Citation::sourceFile)
                .containsOnly("2023-lishui-gov-report-tasks.txt");
    }

    @Test
    void should_keep_an_english_question_in_the_place_it_names() {
        Answer answer = ask("In Lishui's 2023 government work report breakdown, which unit heads the “百千” "
                + "investment-attraction action?");

        assertThat(answer.answer()).contains("市双招双引办");
        assertThat(answer.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.sourceFile()).isEqualTo("2023-lishui-gov-report-tasks.txt"));
    }

    @Test
    void should_find_an_english_question_by_dictionary_words_the_glossary_lacks() {
        Answer answer = ask("How much in social donations does Guangzhou aim to raise over 2012–2015 under the "
                + "livelihood plan?");

        assertThat(answer.answer()).contains("5亿元");
    }

    @Test
    void should_answer_who_leads_a_quoted_task_of_a_named_plan() {
        assertThat(ask("广州科技创新工程“加大科技创新投入”是哪个局打头？").answer()).contains("市财政局");
    }

    @Test
    void should_read_a_share_although_the_question_names_money() {
        Answer answer = ask("广州科技创新工程里全社会研发经费占GDP比重目标是多少？");

        assertThat(answer.answer()).contains("2.5%").doesNotContain("未明确");
    }

    @Test
    void should_give_every_time_limit_of_the_sentence() {
        assertThat(ask("广州民主法治实施意见要求牵头单位多长时间内把配套制度定出来？").answer())
                .contains("一年内").contains("两年内");
    }

    @Test
    void should_answer_both_parts_of_a_two_part_question() {
        Answer answer = ask("Which document assigns Zhejiang's “多规合一” territorial spatial planning task, and "
                + "which office issued it?");

        assertThat(answer.answer()).contains("省发展改革委").contains("省政府办公厅").contains("政府工作报告重点工作责任分解");
    }

    @Test
    void should_list_the_tasks_of_a_department_another_city_also_has() {
        Answer answer = ask("丽水2023年责任分解里市发改委都管哪些？");

        assertThat(answer.answer()).startsWith("市发改委").contains("固定资产投资").contains("节能减排");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.sourceFile()).contains("lishui"));
    }

    @Test
    void should_hold_a_question_to_a_document_number_of_another_issuer() {
        Answer answer = ask("蔡政办〔2023〕1号里固定资产投资增长目标是多少？");

        assertThat(answer.answer()).contains("10%");
        assertThat(answer.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.docNo()).isEqualTo("蔡政办〔2023〕1号"));
    }

    @Test
    void should_say_a_document_states_no_number() {
        assertThat(ask("广州民生幸福工程实施意见的文号是多少？").answer()).contains("未明确");
    }

    @Test
    void should_refuse_a_figure_the_clause_does_not_give() {
        Answer answer = ask("沙坪坝2022年空气质量具体要达到什么数值？");

        assertThat(answer.answer()).contains("未明确");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.sourceFile()).contains("shapingba"));
    }

    @Test
    void should_refuse_a_completion_date_where_only_a_start_is_given() {
        Answer answer = ask("县城第二污水处理厂什么时候建成？");

        assertThat(answer.answer()).contains("未明确").contains("2025年3月底前");
    }

    @Test
    void should_answer_a_time_point_question_with_the_start_date_without_a_refusal() {
        Answer answer = ask("县城第二污水处理厂的时间节点是？");

        assertThat(answer.answer()).contains("2025年3月底前").doesNotContain("未明确");
    }

    @Test
    void should_answer_an_english_deadline_question_about_a_guangzhou_plan() {
        Answer answer = ask("By when must all village health stations in Guangzhou implement the essential drug system?");

        assertThat(answer.answer()).contains("2012年底");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.sourceFile()).contains("guangzhou"));
    }

    @Test
    void should_answer_a_question_naming_two_places_side_by_side_once_per_place_in_the_order_asked() {
        Answer answer = ask("What GDP growth targets did Shapingba (2022) and Caidian (2023) set?");

        assertThat(answer.answer()).contains("5.5%", "7%");
        assertThat(answer.answer().indexOf("5.5%")).isLessThan(answer.answer().indexOf("7%以上"));
        assertThat(answer.citations()).extracting(Citation::sourceFile)
                .contains("2022-shapingba-gov-report-targets.txt", "2023-caidian-gov-report-targets.txt");
    }

    @Test
    void should_count_a_units_rows_when_the_plan_writes_its_name_in_full_and_the_question_short() {
        // the plan writes 区发展和改革局; people say 区发改局
        Answer answer = ask("蔡甸23年主要目标任务分解里，区发改局负责几项指标？");

        assertThat(answer.answer()).contains("共2项", "地区生产总值增长7%以上", "固定资产投资增长10%以上");
    }

    @Test
    void should_list_a_units_tasks_asked_in_english_with_the_unit_as_subject_of_is() {
        Answer answer = ask("Zhejiang's 2020 government work report breakdown: which key tasks is 省发展改革委 a lead "
                + "unit for?");

        assertThat(answer.answer()).contains("稳企业、防风险", "多规合一").doesNotContain("Not specified");
    }

    @Test
    void should_list_the_attachments_a_notice_lists() {
        Answer answer = ask("沙坪坝22年那个区政府工作报告目标任务的通知，附件是哪几张表？");

        assertThat(answer.answer()).contains("附件共2个", "经济社会发展预期目标任务分解表", "重点工作任务分解表")
                .doesNotContain("未列明");
    }

    @Test
    void should_answer_a_lead_asked_of_each_of_two_plans_named_by_title_once_per_plan() {
        Answer answer = ask("“千人计划”南方创业服务中心，广州科技创新那份和人才集聚那份各写的是谁牵头？");

        assertThat(answer.answer()).contains("市人才办", "市委组织部");
        assertThat(answer.citations()).extracting(Citation::sourceFile)
                .contains("2012-guangzhou-sci-tech-innovation.txt", "2012-guangzhou-talent-gathering.txt");
    }
}
