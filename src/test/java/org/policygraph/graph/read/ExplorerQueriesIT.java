package org.policygraph.graph.read;

import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.write.GraphWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/** The explorer's Cypher against an embedded store holding a small graph in GraphWriter's shape. */
class ExplorerQueriesIT {
    @TempDir
    static Path dataDir;
    private static Neo4jStore store;
    private static ExplorerQueries explorer;

    @BeforeAll
    static void start() throws IOException {
        store = Neo4jStore.embedded(dataDir, freePort());
        try (Session session = store.writeSession();
             InputStream in = ExplorerQueriesIT.class.getResourceAsStream("/graph/explorer-sample.cypher")) {
            session.run(new String(in.readAllBytes(), StandardCharsets.UTF_8)).consume();
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        explorer = new ExplorerQueries(store);
    }

    @AfterAll
    static void stop() {
        if (store != null) {
            store.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void should_list_departments_with_dictionary_ones_first_and_their_counts() {
        List<DepartmentSummary> departments = explorer.departments();

        assertThat(departments.get(0)).extracting(DepartmentSummary::name, DepartmentSummary::fullName,
                DepartmentSummary::nameEn, DepartmentSummary::leads, DepartmentSummary::supports,
                DepartmentSummary::inDictionary)
                .containsExactly("市商务局", "郑州市商务局", "Zhengzhou Bureau of Commerce", 2L, 0L, true);
        assertThat(departments).last().extracting(DepartmentSummary::name).isEqualTo("郑州国际陆港公司");
    }

    @Test
    void should_find_the_chain_of_a_department_by_alias_with_units_and_document() {
        DepartmentChain chain = explorer.department("口岸办").orElseThrow();

        assertThat(chain.department().name()).isEqualTo("市口岸办");
        ChainTask task = chain.tasks().get(0);
        assertThat(task.text()).contains("中欧班列(郑州)+跨境电商");
        assertThat(task.role()).isEqualTo("lead");
        assertThat(task.basis()).isEqualTo("first-listed");
        assertThat(task.docTitle()).isEqualTo("郑州市人民政府办公厅关于印发郑州市2017年跨境电商综试区建设实施方案的通知");
        assertThat(task.supports()).containsExactlyInAnyOrder("郑州经济开发区管委会", "郑州国际陆港公司");
        assertThat(task.line()).isEqualTo(3357);
    }

    @Test
    void should_sort_a_chain_by_deadline_with_undated_tasks_last() {
        List<ChainTask> tasks = explorer.department("市商务局").orElseThrow().tasks();

        assertThat(tasks).extracting(ChainTask::deadline).containsExactly("2017-06-30", "2017-12-31");
        assertThat(tasks.get(1).targets()).containsExactly("电子商务交易额增长20%以上");
    }

    @Test
    void should_find_a_department_by_full_name_and_by_english_name_in_any_case() {
        assertThat(explorer.department("郑州市统计局").orElseThrow().department().name()).isEqualTo("市统计局");
        assertThat(explorer.department("zhengzhou BUREAU of commerce").orElseThrow().department().name())
                .isEqualTo("市商务局");
    }

    @Test
    void should_not_find_a_department_that_is_not_in_the_graph() {
        assertThat(explorer.department("市魔法局")).isEmpty();
        assertThat(explorer.department("口岸\"办\\")).isEmpty();
        assertThat(explorer.department(" ")).isEmpty();
    }

    @Test
    void should_open_a_document_outline_with_tasks_under_their_sections() {
        DocumentOutline outline = explorer.document("郑政办〔2017〕32号").orElseThrow();

        assertThat(outline.document().tasks()).isEqualTo(2);
        assertThat(outline.sections()).extracting(OutlineSection::heading)
                .containsExactly("重点工作", "推进跨境电子商务产业快速发展");
        OutlineTask rail = outline.sections().get(1).tasks().get(0);
        assertThat(rail.leads()).containsExactly("市口岸办");
        assertThat(outline.sections().get(1).tasks().get(1).deadline()).isEqualTo("2017-12-31");
        assertThat(explorer.document("郑政办〔2017〕35号").orElseThrow().cites())
                .extracting(DocumentSummary::docNo, DocumentSummary::stub).containsExactly(tuple("豫政〔2016〕28号", true));
    }

    @Test
    void should_open_a_document_known_only_from_a_citation() {
        DocumentOutline cited = explorer.document("豫政〔2016〕28号").orElseThrow();

        assertThat(cited.document().stub()).isTrue();
        assertThat(cited.sections()).isEmpty();
    }

    @Test
    void should_list_documents_of_the_corpus_before_cited_stubs() {
        assertThat(explorer.documents()).extracting(DocumentSummary::docNo)
                .containsExactly("郑政办〔2017〕32号", "郑政办〔2017〕35号", "豫政〔2016〕28号");
    }

    @Test
    void should_list_deadlines_earliest_first_and_filter_by_department_alias() {
        assertThat(explorer.deadlines(null)).extracting(DeadlineEntry::date).containsExactly("2017-06-30", "2017-12-31");
        assertThat(explorer.deadlines("统计局")).extracting(DeadlineEntry::text)
                .containsExactly("开展跨境电子商务统计试点，探索建立跨境电子商务统计制度，逐步形成跨境电子商务综合指数体系并定期发布。");
    }

    @Test
    void should_search_departments_and_tasks_and_treat_lucene_syntax_as_text() {
        List<SearchHit> hits = explorer.search("口岸", 10);

        assertThat(hits).extracting(SearchHit::kind).contains("department", "task");
        assertThat(hits.get(0).key()).isEqualTo("市口岸办");
        assertThat(explorer.search("口岸 AND (\"*", 10)).isNotNull();
        assertThat(explorer.search("   ", 10)).isEmpty();
    }

    @Test
    void should_offer_busy_dictionary_departments_and_recurring_targets_as_subjects() {
        List<SuggestionSeed> seeds = explorer.suggestionSeeds(3);

        assertThat(seeds).contains(new SuggestionSeed("department", "市商务局", null),
                new SuggestionSeed("target", "电子商务交易额增长", "2017"));
    }
}
