package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;
import org.policygraph.graph.Neo4jStore;

/** Real questions against the shipped corpus (lexical and full-text retrieval; no embedding model here). */
class AskServiceIT {
    private static Neo4jStore store;
    private static AskService asker;

    @BeforeAll
    static void startStore() {
        store = TestGraph.corpus();
        asker = TestGraph.lexicalAsker();
    }

    private static String answer(String question) {
        return asker.ask(question, null).answer();
    }

    @Test
    void should_name_the_explicit_lead_of_a_task_table_row_with_its_document() {
        Answer answer = asker.ask("智慧安全应急建设归哪个部门牵头", null);

        assertThat(answer.answer()).contains("市安监局", "牵头", "郑政办〔2017〕24号");
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).sourceFile()).isEqualTo("2017-zhengzhou-gazette-march.txt");
        assertThat(answer.query()).contains("MATCH");
    }

    @Test
    void should_report_the_first_listed_unit_as_first_listed_not_as_lead() {
        String answer = answer("每年发郑州制造10大品牌榜，这事排第一的责任单位是哪个局？");

        assertThat(answer).contains("第一责任单位：市质监局", "郑政〔2017〕12号");
    }

    @Test
    void should_list_the_units_supporting_a_lead() {
        assertThat(answer("健康医疗信息化卫生局牵头，还有哪些部门配合？")).contains("人社局", "民政局");
    }

    @Test
    void should_give_the_deadline_as_written() {
        assertThat(answer("社保费征收移交和不动产登记那项改革要求啥时候完成？")).contains("6月底");
    }

    @Test
    void should_give_a_target_value_with_its_unit() {
        assertThat(answer("2017年全货运航线目标是几条")).contains("38条", "郑政文〔2017〕44号");
    }

    @Test
    void should_answer_an_english_document_question_with_number_and_date() {
        String answer = answer("What is the document number of the 2017 plan on raising the level of opening-up "
                + "and city internationalization, and when was it issued?");

        assertThat(answer).contains("郑政办〔2017〕30号", "2017-03-13");
    }

    @Test
    void should_match_the_title_an_english_document_question_writes_between_its_cue_words() {
        // "when was … issued" and "what is … about" are cues; the words between them name the document
        assertThat(answer("When was the Zhengzhou food safety evaluation and assessment measures issued?"))
                .contains("郑政办〔2017〕36号", "2017-03-26");
        assertThat(answer("What is 郑政办〔2017〕39号 about?")).contains("通信基础设施");
        assertThat(answer("When did Zhengzhou issue its implementation opinions on speeding up the financial "
                + "leasing industry?")).contains("郑政办〔2017〕44号", "2017-03-31").doesNotContain("no deadline");
    }

    @Test
    void should_count_and_list_a_documents_attachments_and_say_an_omitted_one_is_not_stated() {
        assertThat(answer("生物医药产业十三五规划后面附了几个附件？")).contains("附件共8个", "1. 重点工作任务分工表（略）",
                "8. 国内生物医药产业重点企业基本情况（略）");
        assertThat(answer("食品工业十三五规划附件里的重点项目清单具体有哪些项目？"))
                .contains("郑州市食品工业重点项目（略）", "未列明其内容");
    }

    @Test
    void should_list_the_part_a_question_names_by_its_place_in_the_outline() {
        assertThat(answer("安全生产十三五规划第四部分列了哪些重点工程？")).contains("「重点工程」所列", "企业安全生产标准化达标工程",
                "安全资格考试体系建设工程").doesNotContain("面临的形势");
    }

    @Test
    void should_list_what_a_department_does_in_a_named_plan() {
        assertThat(answer("口岸办在跨境电商综试区方案里具体管哪些事？")).contains("市口岸办", "中欧班列", "郑政办〔2017〕32号");
    }

    @Test
    void should_say_plainly_in_english_when_the_plan_names_no_lead() {
        String answer = answer("Which bureau leads the China-Europe train target (300 trips) in Zhengzhou's 2017 "
                + "opening-up plan 郑政文〔2017〕44号?");

        assertThat(answer).contains("Not specified").doesNotContain("led by the Municipal Bureau of Commerce");
    }

    @Test
    void should_say_plainly_in_chinese_when_no_department_convenes_the_meeting() {
        String answer = answer("双创示范基地领导小组联席会议是哪个部门负责召集的？");

        assertThat(answer).contains("未明确").doesNotContain("科技局", "发展改革委", "工信委");
    }

    @Test
    void should_resolve_a_follow_up_against_the_previous_question() {
        Answer first = asker.ask("智慧安全应急建设归哪个部门牵头", null);
        Answer second = asker.ask("还有哪些部门配合？", first.conversationId());

        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        assertThat(second.answer()).contains("食药局", "公安局");
    }

    @Test
    void should_resolve_a_chinese_deadline_follow_up() {
        Answer first = asker.ask("社保费征收移交和不动产登记那项改革谁牵头？", null);
        Answer second = asker.ask("那它的完成时间呢？", first.conversationId());

        assertThat(second.answer()).contains("6月底");
    }

    @Test
    void should_resolve_an_english_follow_up_and_keep_chinese_names_beside_english_ones() {
        Answer first = asker.ask("What's the 2018 target for cumulative new-energy vehicle promotion?", null);
        Answer second = asker.ask("and who supports it?", first.conversationId());

        assertThat(first.answer()).contains("3万辆");
        assertThat(second.answer()).contains("Supporting", "市发展改革委 (");
    }

    @Test
    void should_treat_a_question_containing_cypher_as_text_and_leave_the_graph_unchanged() {
        long before = nodeCount();

        Answer answer = asker.ask("'); MATCH (n) DETACH DELETE n //", null);

        assertThat(answer.answer()).isNotBlank();
        assertThat(nodeCount()).isEqualTo(before).isPositive();
    }

    @Test
    void should_list_the_documents_of_the_corpus() {
        assertThat(answer("语料里有哪些文件？")).contains("郑政文〔2017〕44号", "郑政办〔2018〕94号");
    }

    @Test
    void should_list_the_projects_a_lead_in_introduces_and_not_its_neighbours() {
        // 「重大项目谋划：」 in the free-trade-zone plan, followed by its four projects and preceded by 产业招商/制度创新
        String answer = answer("郑州片区产业发展规划在物流方面谋划了哪些重大项目？");

        assertThat(answer).contains("集疏运枢纽网络", "国际物流通道", "多式联运物流园", "多式联运公共信息资源平台")
                .doesNotContain("产业招商：");
    }

    @Test
    void should_list_what_a_long_lead_in_opens_its_own_items_and_the_subsections_under_it() {
        // 「…按照“一轴三环七区”的空间布局进行规划：」 then 一轴 (its section), 三环 (一是/二是/三是: three subsections), 七区
        // and the seven areas: a list asked by its count (「哪七个」) is answered with the list, in reading order
        String answer = answer("自贸区郑州片区核心区“一轴三环七区”，七区具体是哪七个片区？");

        assertThat(answer).contains("一轴。", "打造创新要素活力环", "科创要素片区", "金融要素片区", "开放合作片区");
        assertThat(answer.indexOf("科创要素片区")).isLessThan(answer.indexOf("开放合作片区"));
    }

    @Test
    void should_count_the_items_a_plan_lists_and_show_them() {
        // 「重大项目谋划：」 opens a list of four projects; the smart-manufacturing plan enumerates its five advantage
        // sub-sectors in one sentence (「优势产业的细分领域为:机器人、物联网装备、…」)
        String listed = answer("郑州片区产业发展规划物流方面的重大项目谋划一共列了几个项目？");
        String enumerated = answer("智能制造装备产业发展规划列了几个优势产业细分领域？");
        String english = answer("How many 'advantage industry' sub-sectors does the smart manufacturing equipment plan list?");

        // the four are also the rows of 表5 whose 服务领域 is 物流, which answer it the same
        assertThat(listed).containsPattern("共4[个项]").contains("集疏运枢纽网络", "多式联运公共信息资源平台");
        assertThat(enumerated).startsWith("共5个").contains("机器人", "精密数控装备");
        // English prose spells a small count out; the digits stay beside it
        assertThat(english).startsWith("Five (5) ").contains("机器人", "精密数控装备");
    }

    @Test
    void should_list_the_members_of_a_set_the_question_names_with_its_size() {
        // the seven bases are the seven numbered sections under 「突出调结构，着力推进产业基地建设」 (the eighth is not a base);
        // the eight parks are the rows of the table whose caption names them; 「3项国际文化活动」 is no set of sections
        String bases = answer("2017年工业发展工作专案提到的七大产业基地分别是哪些？");
        String parks = answer("航空港实验区的八大产业园区都有哪些？");
        String events = answer("17年开放方案里说要办的3项国际文化活动是哪几个？");

        assertThat(bases).startsWith("「七大产业基地」共7个").contains("电子信息产业基地", "现代家居和品牌服装产业基地")
                .doesNotContain("新兴产业");
        assertThat(parks).startsWith("「八大产业园区」共8个").contains("智能终端(手机)产业园", "航空物流产业园");
        assertThat(events).contains("国际摄影节", "国际街舞大赛").doesNotContain("共3个");
    }

    @Test
    void should_list_in_english_the_members_a_row_of_a_box_enumerates_after_the_set_s_name() {
        // 专栏4 of the culture plan is a table without a header: 「四大文化片区	商都历史文化区、古荥大运河文化区、…」
        String answer = answer("Which are the four big cultural districts of Zhengzhou's 13th Five-Year culture plan?");

        assertThat(answer).startsWith("“四大文化片区” names four (4):")
                .contains("商都历史文化区", "古荥大运河文化区", "二砂文化创意园区", "百年德化历史文化街区");
    }

    @Test
    void should_list_the_members_a_clause_enumerates_before_naming_the_set() {
        // 「…重点打造EWTO功能区、国际金融岛、中央商务区、枢纽总部区、滨河国际交往区五大园区」
        String answer = answer("What are the five big parks the Zhengzhou area of the FTZ focuses on in the near term?");

        assertThat(answer).startsWith("“五大园区” names five (5):")
                .contains("- EWTO功能区", "- 国际金融岛", "- 滨河国际交往区").doesNotContain("- 重点打造");
    }

    @Test
    void should_count_and_list_the_rows_of_a_table_a_question_picks_by_a_value_of_a_column() {
        // the rule-making plan's table of rules (under three headings) has a column 类型: 制定 or 修订; 表5 of the FTZ
        // industry plan sorts its twenty projects by 服务领域
        String revised = answer("2017年度政府规章立法计划里类型是修订的有几件？");
        String logistics = answer("In table 5 of the Zhengzhou FTZ industry plan, which major projects serve logistics?");

        assertThat(revised).startsWith("「类型」为「修订」的共4项").contains("郑州市城市雕塑建设管理办法", "郑州市火车站地区管理规定");
        assertThat(logistics).startsWith("Rows whose “服务领域” is “物流”: four (4) in all.")
                .contains("集疏运枢纽网络", "多式联运物流园").doesNotContain("离岸金融中心");
    }

    @Test
    void should_answer_when_an_event_happened_or_takes_effect_from_the_date_written_with_it() {
        // no time limit answers these: the date is written with the event, 「已于2017年3月13日经…审议通过」, and the
        // leasing opinion's last sentence, 「本意见自发布之日起30日后施行」, holds none of the question's words
        String passed = answer("2017年度政府规章立法计划是哪天经市政府常务会议审议通过的？");
        String effect = answer("When does the financial leasing opinion (郑政办〔2017〕44号) take effect?");

        assertThat(passed).startsWith("日期：2017年3月13日").doesNotContain("未明确");
        assertThat(effect).startsWith("Date: 自发布之日起30日后.").doesNotContain("Not specified");
    }

    @Test
    void should_say_a_table_row_has_no_figure_and_quote_the_note_under_its_table() {
        // 表 1 lists 跨境电子商务交易额 with its unit only; the note under the table says the figures are still being set
        String answer = answer("郑州片区产业发展规划给跨境电子商务交易额定的目标是多少？");

        assertThat(answer).contains("文件未明确该数值", "各项基础性指标仍在测算中").doesNotContain("6000亿元");
    }

    @Test
    void should_take_the_header_of_the_answer_s_document_into_its_evidence() {
        // a lead asked with its document: the answer quotes the row and the header (number, title, date) of its plan
        List<String> evidence = asker.evidence("发展移动互联网产业这项重点任务由谁牵头，出自哪个文件？", 5);

        assertThat(evidence.get(0)).startsWith("doc:郑政办〔2017〕");
        assertThat(evidence.get(1)).startsWith(evidence.get(0).substring("doc:".length()) + "/");
    }

    @Test
    void should_take_each_document_s_best_clause_into_the_evidence_of_a_recurring_topic() {
        List<String> evidence = asker.evidence("五职招商在2018年的招商引资意见和2017年的开放方案里都提了吗？", 5);

        assertThat(evidence).anyMatch(id -> id.startsWith("郑政文〔2017〕44号/"))
                .anyMatch(id -> id.startsWith("郑政〔2018〕15号/"));
    }

    private static long nodeCount() {
        try (var session = store.driver().session()) {
            return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    @Test
    void should_ask_the_first_parts_topic_of_a_second_part_that_names_only_its_document() {
        // the second question names its plan and nothing else: it asks the service-trade growth target of it too
        String answer = answer("服务贸易增速目标：省里16年开放行动计划定的多少？郑州17年对外开放方案定的多少？");

        assertThat(answer).contains("服务贸易增长10%以上", "同比增长12%").doesNotContain("98个");
    }
}
