package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.policygraph.TestGraph;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.PolicyReader;

/**
 * Counts, rankings and due lists of the shipped corpus, asked as people ask them. Each number is checked against a
 * separate, plainly written Cypher count (not the template the answer ran), and the answer cites the tasks it counts.
 * Hand-checked on the export (`export --format jsonl`) of the shipped corpus: 43, 162, 14, 14, 26, 110, 243, 51,
 * 170, 28. (26 and 243 were 27 and 244 while the 「主办：…督办：…抄送：…」 distribution line at the end of 郑政〔2018〕15号
 * and 郑政办〔2018〕94号 was read as a task; the role lexicon reads it as the footer it is.)
 */
class GraphQuestionsIT {
    /** 市商务局 in 《郑州市2017年服务外包产业发展实施方案》, counted by hand in the gazette's text. */
    private static final long COMMERCE_IN_OUTSOURCING_PLAN = 3;
    private static Neo4jStore store;
    private static AskService asker;

    @BeforeAll
    static void startStore() {
        store = TestGraph.corpus();
        asker = new AskService(new PolicyReader(store), null);
    }

    private static long count(String cypher, Map<String, Object> parameters) {
        try (var session = store.driver().session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }

    private static long dueBetween(String from, String to) {
        return count("MATCH (t:Task)-[r:DUE_BY]->(d:Deadline) WHERE coalesce(r.kind, 'complete') = 'complete' "
                + "AND d.date >= $from AND d.date <= $to RETURN count(DISTINCT t)", Map.of("from", from, "to", to));
    }

    private static long held(String unit, String relation) {
        return count("MATCH (:Department {name: $unit})-[:" + relation + "]->(t:Task) RETURN count(DISTINCT t)",
                Map.of("unit", unit));
    }

    private static long undated(String docKey) {
        return count("MATCH (t:Task {docKey: $doc}) WHERE NOT (t)-[:DUE_BY]->() RETURN count(t)",
                Map.of("doc", docKey));
    }

    private static void assertCited(Answer answer) {
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.line()).isPositive());
        assertThat(answer.query()).contains("MATCH");
    }

    @Test
    void should_count_what_a_unit_leads_written_without_its_prefix_with_explicit_and_first_listed_apart() {
        Answer answer = asker.ask("市发改委在这些文件里一共牵头多少项？", null);

        long led = held("市发展改革委", "LEADS");
        assertThat(led).isEqualTo(44);
        assertThat(answer.answer()).contains("市发展改革委牵头的任务共" + led + "项", "明确牵头", "列第一位", "第480行");
        assertCited(answer);
    }

    @Test
    void should_rank_units_by_the_tasks_they_lead() {
        Answer answer = asker.ask("各部门牵头任务数排个序", null);

        List<Record> top;
        try (var session = store.driver().session()) {
            top = session.run("MATCH (d:Department)-[:LEADS]->(t:Task) "
                    + "RETURN d.name AS name, count(DISTINCT t) AS led ORDER BY led DESC LIMIT 2").list();
        }
        assertThat(answer.answer()).contains("1. " + top.get(0).get("name").asString() + "：" + top.get(0).get("led")
                + "项", "2. " + top.get(1).get("name").asString() + "：" + top.get(1).get("led") + "项");
        assertThat(answer.answer()).contains("1. 市工信委：162项");
        assertCited(answer);
    }

    @Test
    void should_list_the_tasks_due_this_third_quarter_of_a_stated_as_of_date() {
        Answer answer = asker.ask("截至2017年6月30日，今年三季度到期的任务有哪些？", null);

        assertThat(dueBetween("2017-07-01", "2017-09-30")).isEqualTo(14);
        assertThat(answer.answer()).contains("截至2017年6月30日", "2017年7月1日至2017年9月30日", "共14项",
                "时限2017年7月31日", "牵头：");
        assertCited(answer);
    }

    @Test
    void should_count_what_falls_due_from_the_as_of_date_to_the_end_of_june() {
        Answer answer = asker.ask("截至2017年3月1日，6月底前到期的任务有几项？", null);

        assertThat(dueBetween("2017-03-01", "2017-06-30")).isEqualTo(14);
        assertThat(answer.answer()).contains("2017年3月1日至2017年6月30日", "共14项");
        assertCited(answer);
    }

    @Test
    void should_count_undated_tasks_of_a_document_named_by_english_title_words() {
        Answer answer = asker.ask("How many tasks have no deadline in the investment-promotion opinions?", null);

        assertThat(undated("郑政〔2018〕15号")).isEqualTo(26);
        assertThat(answer.answer()).contains("郑政〔2018〕15号", "with no deadline: 26 tasks in all");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.docNo()).isEqualTo("郑政〔2018〕15号"));
    }

    @Test
    void should_list_in_english_what_is_due_by_the_end_of_the_year_from_an_as_of_date() {
        Answer answer = asker.ask("As of 1 January 2017, which tasks are due by the end of 2017?", null);

        long due = dueBetween("2017-01-01", "2017-12-31");
        // 111 by hand: the 110 of before plus 「在今年年底，计划完成…」 of a notice issued in 2017 that reviews 2016
        // (郑政办文〔2017〕17号), whose 今年 is 2017 since time limits follow the issuing year (PlanningYear.dueYear)
        assertThat(due).isEqualTo(111);
        assertThat(answer.answer()).contains("As of 2017-01-01", "Across all 48 documents", due + " in all",
                "lead: ");
        assertCited(answer);
    }

    @Test
    void should_name_the_document_with_the_most_tasks() {
        Answer answer = asker.ask("哪个文件任务最多", null);

        long most = count("MATCH (t:Task) WITH t.docKey AS doc, count(*) AS n RETURN max(n)", Map.of());
        assertThat(most).isEqualTo(243);
        assertThat(answer.answer()).contains("1. 郑政办〔2018〕94号", "：" + most + "项");
        assertCited(answer);
    }

    @Test
    void should_count_what_a_unit_supports() {
        Answer answer = asker.ask("市商务局配合了几项", null);

        assertThat(held("市商务局", "SUPPORTS")).isEqualTo(51);
        assertThat(answer.answer()).contains("市商务局配合的任务共51项");
        assertCited(answer);
    }

    @Test
    void should_name_in_english_the_department_leading_the_most_tasks() {
        Answer answer = asker.ask("Which department leads the most tasks?", null);

        assertThat(held("市工信委", "LEADS")).isEqualTo(162);
        assertThat(answer.answer()).contains("Across all 48 documents", "1. 市工信委 (", "): 162 tasks");
        assertCited(answer);
    }

    @Test
    void should_count_the_tasks_without_a_deadline_of_a_numbered_document() {
        Answer answer = asker.ask("郑政办〔2017〕24号里有多少项任务没有完成时限？", null);

        assertThat(undated("郑政办〔2017〕24号")).isEqualTo(170);
        assertThat(answer.answer()).contains("郑政办〔2017〕24号", "未写完成时限", "共170项");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.docNo()).isEqualTo("郑政办〔2017〕24号"));
    }

    @Test
    void should_count_what_a_unit_leads_in_one_numbered_document() {
        Answer answer = asker.ask("市政务办在郑政办〔2017〕38号里牵头几项？", null);

        assertThat(count("MATCH (:Department {name: '市政务办'})-[:LEADS]->(t:Task {docKey: '郑政办〔2017〕38号'}) "
                + "RETURN count(DISTINCT t)", Map.of())).isEqualTo(28);
        assertThat(answer.answer()).contains("市政务办牵头的任务共28项");
        assertCited(answer);
    }

    @Test
    void should_leave_a_figure_question_to_the_clauses() {
        String answer = asker.ask("2017年全货运航线目标是几条", null).answer();

        assertThat(answer).contains("38条").doesNotContain("任务共");
    }

    private static String documentTitled(String words) {
        try (var session = store.driver().session()) {
            return session.run("MATCH (d:Document) WHERE d.title CONTAINS $words RETURN d.key AS key",
                    Map.of("words", words)).single().get("key").asString();
        }
    }

    private static long heldIn(String unit, String docKey) {
        return count("MATCH (:Department {name: $unit})-[:LEADS|SUPPORTS]->(t:Task {docKey: $doc}) "
                + "RETURN count(DISTINCT t)", Map.of("unit", unit, "doc", docKey));
    }

    @Test
    void should_count_what_a_unit_named_in_english_is_responsible_for_in_a_plan_named_by_title_in_a_place() {
        Answer answer = asker.ask("How many tasks in Zhengzhou's 2017 service outsourcing plan is the Bureau of "
                + "Commerce responsible for?", null);

        String plan = documentTitled("服务外包产业发展实施方案");
        long held = heldIn("市商务局", plan);
        assertThat(held).isEqualTo(COMMERCE_IN_OUTSOURCING_PLAN);
        assertThat(answer.answer()).contains("市商务局", "leads or supports: three (" + held + ") tasks in all")
                .doesNotContain("documents asked about", "Across all");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.docNo()).isEqualTo(plan));
    }

    @Test
    void should_count_in_chinese_within_the_plan_a_place_and_title_words_name() {
        Answer answer = asker.ask("郑州2017年服务外包产业发展实施方案里市商务局负责几项？", null);

        assertThat(answer.answer()).contains("市商务局牵头或配合的任务共" + COMMERCE_IN_OUTSOURCING_PLAN + "项")
                .doesNotContain("所指的");
        assertCited(answer);
    }

    @Test
    void should_say_which_unit_it_could_not_read_rather_than_count_every_unit() {
        String answer = asker.ask("How many tasks does the Lunar Affairs Bureau lead in the service outsourcing plan?",
                null).answer();

        assertThat(answer).contains("names a unit that none of the unit names in the documents matches")
                .doesNotContain("in all");
    }
}
