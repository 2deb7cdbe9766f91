package org.policygraph.ingest;

import org.policygraph.TestGraph;
import org.policygraph.App;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.GraphStats;
import org.policygraph.graph.write.GraphWriter.Outcome;
import org.policygraph.graph.Neo4jStore;

class CorpusImportIT {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    @SuppressWarnings("unchecked")
    void should_store_the_48_documents_of_the_shipped_corpus() {
        Map<String, Object> stats = new GraphStats(TestGraph.corpus()).collect();

        assertThat((Map<String, Long>) stats.get("labels")).containsEntry("Document", 48L);
        List<Map<String, Object>> documents = (List<Map<String, Object>>) stats.get("documents");
        assertThat(documents).filteredOn(d -> "2017-zhengzhou-gazette-march.txt".equals(d.get("sourceFile")))
                .hasSize(44);
        assertThat(documents).allSatisfy(d -> {
            assertThat(d.get("title")).asString().isNotBlank();
            assertThat(d.get("issuedOn")).asString().matches("\\d{4}-\\d{2}-\\d{2}");
        });
        assertThat(documents).filteredOn(d -> d.get("docNo") == null).extracting(d -> d.get("sourceFile"))
                .containsExactly("2016-henan-opening-up-action-plan.txt");
        assertThat(documents).extracting(d -> d.get("docNo")).doesNotContain("郑政办〔2016〕45号");
        assertThat(documents).filteredOn(d -> "郑政文〔2017〕44号".equals(d.get("docNo")))
                .singleElement().satisfies(d -> assertThat(d.get("issuedOn")).isEqualTo("2017-02-13"));
    }

    @Test
    void should_change_nothing_when_the_same_corpus_is_imported_again() {
        Neo4jStore store = TestGraph.corpus();
        GraphStats stats = new GraphStats(store);
        Map<String, Long> before = stats.totals();

        Importer.Summary summary = App.importer(store).run(CorpusFiles.shipped(), QUIET);

        assertThat(summary.documents()).containsOnlyKeys(Outcome.UNCHANGED).containsEntry(Outcome.UNCHANGED, 48);
        assertThat(summary.removed()).isZero();
        assertThat(stats.totals()).isEqualTo(before);
    }
}
