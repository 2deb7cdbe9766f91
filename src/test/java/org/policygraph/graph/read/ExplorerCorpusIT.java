package org.policygraph.graph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;

/** The explorer over the shared test store holding the whole shipped corpus. */
class ExplorerCorpusIT {
    private static ExplorerQueries explorer;

    @BeforeAll
    static void connect() {
        explorer = new ExplorerQueries(TestGraph.corpus());
    }

    private static String plain(String text) {
        return text.replace('（', '(').replace('）', ')');
    }

    @Test
    void should_list_the_china_europe_train_task_in_the_port_office_chain_under_the_gazette_notice() {
        DepartmentChain chain = explorer.department("市口岸办").orElseThrow();

        assertThat(chain.tasks()).filteredOn(task -> "郑政办〔2017〕32号".equals(task.docNo()))
                .anySatisfy(task -> assertThat(plain(task.text())).contains("中欧班列(郑州)"));
    }

    @Test
    void should_open_the_gazette_notice_with_its_issue_date_and_outline() {
        DocumentOutline outline = explorer.document("郑政办〔2017〕32号").orElseThrow();

        assertThat(outline.document().issuedOn()).isEqualTo("2017-03-13");
        assertThat(outline.document().sourceFile()).isEqualTo("2017-zhengzhou-gazette-march.txt");
        assertThat(outline.sections()).extracting(OutlineSection::heading).contains("重点工作");
    }

    @Test
    void should_list_48_corpus_documents_before_the_cited_only_ones() {
        List<DocumentSummary> documents = explorer.documents();

        assertThat(documents.stream().filter(document -> !document.stub()).count()).isEqualTo(48);
        assertThat(documents.subList(0, 48)).noneMatch(DocumentSummary::stub);
    }

    @Test
    void should_find_the_port_office_first_when_searching_for_port() {
        assertThat(explorer.search("口岸", 10).get(0).key()).isEqualTo("市口岸办");
    }

    @Test
    void should_give_only_a_department_s_own_deadlines_in_date_order() {
        List<DeadlineEntry> all = explorer.deadlines(null);
        String department = all.stream().flatMap(entry -> entry.leads().stream()).findFirst().orElseThrow();

        List<DeadlineEntry> own = explorer.deadlines(department);

        assertThat(all.stream().map(DeadlineEntry::date).toList()).isSorted();
        assertThat(own).isNotEmpty().hasSizeLessThan(all.size()).allSatisfy(entry ->
                assertThat(entry.leads().contains(department) || entry.supports().contains(department)).isTrue());
        assertThat(own.stream().map(DeadlineEntry::date).toList()).isSorted();
    }
}
