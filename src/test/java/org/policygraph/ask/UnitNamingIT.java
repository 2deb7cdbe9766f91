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
 * Units as questions name them (class: role wording, language) on three real plans: a second short form of a unit
 * (市人力社保局 for 人力资源和社会保障局), a department as named since the 2018 reform in English ("housing and
 * urban-rural development bureau"), a party committee's body without its committee (政法委 for 市委政法委), and an
 * item's title written whole in the question picking that item among the unit's.
 */
class UnitNamingIT {
    private static Neo4jStore store;
    private static AskService asker;

    @BeforeAll
    static void load() {
        store = TestGraph.freshStore();
        asker = TestGraph.importedAndEmbedded(store, List.of(
                Path.of("src/test/resources/real/docs/2012-guangzhou-democracy-rule-of-law.txt"),
                Path.of("src/test/resources/real/docs/2023-lishui-gov-report-tasks.txt"),
                Path.of("src/test/resources/real/docs/2016-dazhu-livelihood-projects.txt"),
                Path.of("src/test/resources/real/docs/2012-guangzhou-sci-tech-innovation.txt")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String answer(String question) {
        return asker.ask(question, null).answer();
    }

    @Test
    void should_list_the_tasks_of_a_unit_the_plan_writes_with_another_short_form() {
        // the plan writes 市人力社保局; the question names the bureau in English
        assertThat(answer("In Lishui's 2023 breakdown, what is the Human Resources and Social Security Bureau in "
                + "charge of?")).contains("市人力社保局", "城乡居民收入", "城镇新增就业");
    }

    @Test
    void should_list_the_rows_of_a_unit_named_in_english_as_named_since_the_reform_of_departments() {
        assertThat(answer("Which of Dazhu's 2016 livelihood projects involve the county housing and urban-rural "
                + "development bureau?")).contains("县住建局", "人行天桥", "棚户区", "东柳河");
    }

    @Test
    void should_read_a_party_committees_body_named_without_its_committee() {
        assertThat(answer("民主法治那份里政法委牵头哪些？")).contains("市委政法委", "司法公正", "三打两建");
        assertThat(answer("What does the Guangzhou Party committee's Political and Legal Affairs Commission lead in "
                + "the democracy and rule-of-law plan?")).contains("市委政法委", "三打两建");
    }

    @Test
    void should_answer_for_the_item_whose_title_the_question_writes_whole() {
        // 市委政法委 leads items 18 (维护司法公正和权威) and 30 (加强司法监督); both hold 司法 and 监督
        assertThat(answer("广州民主法治里加强司法监督，政法委牵头，配合的是哪些？"))
                .contains("市公安局", "市法制办").doesNotContain("三打两建");
    }

    @Test
    void should_name_the_supporters_of_a_task_an_english_question_names_in_its_own_words() {
        // "fostering" is 培育 (not 寄养, foster care); "works alongside the lead" asks the supporters
        assertThat(answer("In Guangzhou's sci-tech innovation plan, who works alongside the lead unit on fostering "
                + "innovative industrial clusters?")).contains("市发展改革委", "市经贸委", "番禺区政府");
    }
}
