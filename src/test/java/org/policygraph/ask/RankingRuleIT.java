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
