package org.policygraph.graph.write;

import org.policygraph.graph.CypherFile;
import org.policygraph.graph.Neo4jStore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.policygraph.TestGraph;

/**
 * The RESULT rule of import-link-target-results.cypher on goals and results written as the extractor stores them:
 * the verdict follows the comparator, and only a result published after its year answers a goal whose year is written.
 */
class TargetResultLinkIT {
    private static Neo4jStore store;

    @BeforeAll
    static void link() {
        store = TestGraph.freshStore();
        try (Session session = store.writeSession()) {
            session.run("""
                    CREATE (:Document {key: 'plan', title: '某市2020年工作方案', issuedOn: '2020-02-01', jurisdiction: '某市'})
                    CREATE (:Document {key: 'span', title: '某市行动方案（2019-2021年）', issuedOn: '2020-03-01', jurisdiction: '某市'})
                    CREATE (:Document {key: 'report', title: '某市2021年政府工作报告', issuedOn: '2021-01-20', jurisdiction: '某市'})
                    CREATE (:Document {key: 'early', title: '某市经济运行情况', issuedOn: '2020-07-01', jurisdiction: '某市'})
                    CREATE (:Document {key: 'elsewhere', title: '他市2021年政府工作报告', issuedOn: '2021-01-20', jurisdiction: '他市'})
                    WITH 1 AS one
                    UNWIND [
                      ['plan', 'goal', 'growth', '%', '≥', 8.0, '2020年地区生产总值增长8%以上。'],
                      ['report', 'actual', 'growth', '%', '=', 6.5, '2020年地区生产总值增长6.5%。'],
                      ['plan', 'goal', 'jobless', '%', '≤', 4.5, '城镇登记失业率控制在4.5%以内。'],
                      ['report', 'actual', 'jobless', '%', '=', 3.9, '城镇登记失业率3.9%。'],
                      ['plan', 'goal', 'energy', '%', '≤', 3.0, '单位生产总值能耗增长控制在3%以内。'],
                      ['report', 'actual', 'energy', '%', '=', 3.4, '单位生产总值能耗增长3.4%。'],
                      ['span', 'goal', 'parks', '个', '=', 5.0, '建设产业园区5个。'],
                      ['report', 'actual', 'parks', '个', '=', 4.0, '建成产业园区4个。'],
                      ['plan', 'goal', 'exports', '亿元', '=', 100.0, '出口额达到100亿元。'],
                      ['early', 'actual', 'exports', '亿元', '=', 60.0, '上半年出口额60亿元。'],
                      ['elsewhere', 'actual', 'exports', '亿元', '=', 120.0, '2020年出口额120亿元。']
                    ] AS row
                    CREATE (:Target {id: row[0] + '/' + row[2], docKey: row[0], kind: row[1], metricKey: row[2],
                                     unit: row[3], comparator: row[4], value: row[5], year: 2020, text: row[6]})""")
                    .consume();
            CypherFile.statements("cypher/import-link-target-results.cypher").forEach(s -> session.run(s).consume());
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Map<String, String> verdicts() {
        try (Session session = store.readSession()) {
            return session.run("MATCH (g:Target)-[r:RESULT]->(a:Target) RETURN g.metricKey AS metric, a.docKey AS doc, "
                            + "r.verdict AS verdict").list(r -> r).stream()
                    .collect(Collectors.toMap(r -> r.get("metric").asString() + "@" + r.get("doc").asString(),
                            r -> r.get("verdict").asString()));
        }
    }

    @Test
    void should_judge_an_at_least_goal_missed_below_it_and_a_control_within_goal_met_below_it() {
        assertThat(verdicts()).containsEntry("growth@report", "missed").containsEntry("jobless@report", "met")
                .containsEntry("energy@report", "missed");
    }

    @Test
    void should_link_no_undated_goal_no_result_of_the_running_year_and_no_other_place() {
        assertThat(verdicts()).doesNotContainKeys("parks@report", "exports@early", "exports@elsewhere")
                .hasSize(3);
    }
}
