package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;

/**
 * The ranking rule and a unit's task lists on the shipped corpus, as a user sees them: a question asking which
 * projects gets the listed projects, not the section's opening prose; a unit's duties come first; an item written
 * as a heading and a body is listed once.
 */
class RankingRuleIT {
    private static String answer(String question) {
        return TestGraph.lexicalAsker().ask(question, null).answer();
    }

    @Test
    void should_answer_which_projects_with_the_list_of_the_section_asked() {
        assertThat(answer("What major projects does the Zhengzhou FTZ industrial plan propose for the cultural "
                + "economy?")).contains("版权交易中心").doesNotContain("七大产业集群");
        assertThat(answer("自贸区郑州片区规划里金融这块谋划了哪些重大项目")).contains("金融科技创新研究院");
    }

    @Test
    void should_answer_which_projects_with_the_sentence_that_lists_them_though_the_question_says_support() {
        String answer = answer("Which overseas investment projects does Zhengzhou's 2017 opening-up plan single out for "
                + "support?");

        assertThat(answer).contains("宇通跨国客车工业园").contains("莫桑比克").doesNotContain("Not specified");
    }

    @Test
    void should_answer_which_items_a_table_lists_under_the_heading_asked_with_every_row() {
        assertThat(answer("郑州2017年政府规章立法计划里预备项目有哪些？")).contains("郑州市职工基本医疗保险办法")
                .contains("郑州市建筑垃圾管理办法").contains("郑州市全民健身设施管理办法");
    }

    @Test
    void should_answer_a_document_named_by_its_title_words_from_the_catalog() {
        assertThat(answer("What's the document number of Zhengzhou's 2017 government rules legislative plan, and when "
                + "was it signed?")).contains("郑政办文〔2017〕20号").contains("2017");
    }

    @Test
    void should_list_first_the_clause_that_opens_with_the_units_name() {
        List<String> lines = Arrays.asList(answer("服务业统计工作分工里，市发展改革委负责什么？").split("\n"));

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.get(1)).contains("领导小组的领导下");
    }

    @Test
    void should_list_an_item_written_as_a_heading_and_a_body_once() {
        String answer = answer("市政务办在2017年行政审批改革工作要点里牵头哪些任务？");

        assertThat(answer).contains("同城通办");
        assertThat(answer.split("试点推行行政审批“同城通办”：", -1)).hasSizeLessThanOrEqualTo(2);
    }
}
