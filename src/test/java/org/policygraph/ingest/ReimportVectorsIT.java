package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.App;
import org.policygraph.TestGraph;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.graph.write.GraphWriter;
import org.policygraph.graph.write.GraphWriter.Outcome;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.write.SemanticIndexer;
import org.policygraph.ingest.CorpusFiles;

/** An upgraded extractor re-imports every document; tasks whose text did not change keep their vectors. */
class ReimportVectorsIT {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static Neo4jStore store;

    @BeforeAll
    static void start() {
        store = TestGraph.freshStore();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void should_not_embed_again_the_tasks_of_a_document_replaced_with_the_same_text() {
        List<SourceFile> file = CorpusFiles.shipped().stream()
                .filter(f -> f.name().equals("2018-zhengzhou-investment-promotion-opinions.txt")).toList();
        SemanticIndexer indexer = new SemanticIndexer(store, new App().embeddingModel());
        importer("extractor v1").run(file, QUIET);
        int embedded = indexer.indexMissing();

        Importer.Summary upgraded = importer("extractor v2").run(file, QUIET);

        assertThat(embedded).isPositive();
        assertThat(upgraded.documents()).containsOnlyKeys(Outcome.REPLACED);
        assertThat(indexer.indexMissing()).isZero();
        assertThat(count("MATCH (t:Task) WHERE t.embedding IS NOT NULL RETURN count(t) AS n")).isEqualTo(embedded);
        assertThat(count("MATCH (v:TaskVector) RETURN count(v) AS n")).isZero();
    }

    private static Importer importer(String extractorVersion) {
        return new Importer(new App().extraction(null), new GraphWriter(store), extractorVersion);
    }

    private static long count(String query) {
        try (var session = store.readSession()) {
            return session.run(query, Map.of()).single().get("n").asLong();
        }
    }
}
