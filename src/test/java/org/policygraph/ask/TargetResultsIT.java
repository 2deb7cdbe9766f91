package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.policygraph.TestGraph;
import org.policygraph.graph.Neo4jStore;

/**
 * Goals against results on the shipped corpus: the 2017 plans set goals for 2017, the 2018 free-trade-zone plan
 * reports what 2017 came to.
 */
class TargetResultsIT {
    private static Neo4jStore store;
    private static AskService asker;

    @BeforeAll
    static void start() {
        store = TestGraph.corpus();
        asker = TestGraph.asker();
    }

    private static List<String> cited(Answer answer) {
        return answer.citations().stream().map(Citation::docNo).toList();
    }

    @Test
    void should_link_a_goal_to_the_figure_a_later_plan_reports_for_its_year() {
        try (Session session = store.readSession()) {
            Record link = session.run("""
                    MATCH (g:Target {kind: 'goal', docKey: '郑政文〔2017〕44号', metricKey: '外贸进出口', year: 2017})
                          -[r:RESULT]->(a:Target {kind: 'actual', docKey: '郑政办〔2018〕94号'})
                    RETURN g.value AS goal, a.value AS actual, r.verdict AS verdict, r.met AS met""").single();

            assertThat(link.get("goal").asDouble()).isEqualTo(562.8);
            assertThat(link.get("actual").asDouble()).isEqualTo(596.3);
            assertThat(link.get("verdict").asString()).isEqualTo("exceeded");
            assertThat(link.get("met").asBoolean()).isTrue();
        }
    }

    @Test
    void should_answer_goal_actual_and_verdict_with_both_citations() {
        Answer answer = asker.ask("2017年电子商务交易额增长的目标是多少，最后完成了多少？", null);

        assertThat(answer.answer()).contains("目标20%以上", "实际22.5%", "超额完成目标", "目标出处", "结果出处");
        assertThat(cited(answer)).containsExactly("郑政办〔2017〕35号", "郑政办〔2018〕94号");
        assertThat(answer.graph().edges()).anySatisfy(e -> assertThat(e.get("type")).isEqualTo("RESULT"));
    }

    @Test
    void should_answer_an_english_question_on_a_goal_and_what_was_achieved() {
        Answer answer = asker.ask("What was the 2017 goal for goods trade imports and exports and what was achieved?",
                null);

        assertThat(answer.answer()).contains("goal 562.8亿美元", "actual 596.3亿美元", "the target was exceeded");
        assertThat(cited(answer)).containsExactly("郑政文〔2017〕44号", "郑政办〔2018〕94号");
    }

    @Test
    void should_answer_did_it_reach_the_target_after_a_question_on_the_goal() {
        Answer first = asker.ask("2017年跨境电商货值目标是多少？", null);
        Answer second = asker.ask("最后完成了吗？", first.conversationId());

        assertThat(second.answer()).contains("目标1.8亿元以上", "实际5.56亿元", "超额完成目标");
        assertThat(cited(second)).containsExactly("郑政文〔2017〕44号", "郑政办〔2018〕94号");
    }

    @Test
    void should_say_plainly_when_no_later_document_reports_the_result_of_a_goal() {
        Answer answer = asker.ask("2017年中欧班列开行的目标完成了吗？", null);

        assertThat(answer.answer()).contains("300班以上", "文件未报告该目标的实际完成情况").doesNotContain("实际3");
        assertThat(cited(answer)).containsExactly("郑政文〔2017〕44号");

        Answer english = asker.ask("Did the China-Europe train reach its 2017 target?", null);

        assertThat(english.answer()).contains("300班", "The documents do not report the result");
    }
}
