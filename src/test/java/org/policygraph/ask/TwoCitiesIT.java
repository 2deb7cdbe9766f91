package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.policygraph.App;
import org.policygraph.TestGraph;
import org.policygraph.embed.BgeSmallZh;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.ingest.CorpusFiles;

/** A Guangzhou plan and the Zhengzhou gazette in one store: two 市财政局, each answering for its own city. */
class TwoCitiesIT {
    private static Neo4jStore store;
    private static AskService asker;

    @BeforeAll
    static void load() {
        store = TestGraph.freshStore();
        List<CorpusFiles.SourceFile> files = CorpusFiles.read(List.of(
                Path.of("src/test/resources/docs/2012-guangzhou-livelihood-happiness.txt"),
                Path.of("graph-import/corpus/2017-zhengzhou-gazette-march.txt")));
        App.importer(store).run(files, new PrintStream(OutputStream.nullOutputStream()));
        asker = new AskService(new PolicyReader(store), new BgeSmallZh());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void should_keep_the_finance_bureaus_of_two_cities_apart() {
        try (Session session = store.readSession()) {
            List<String> keys = session.run("MATCH (d:Department {name: '市财政局'}) RETURN d.key AS key ORDER BY key")
                    .list(r -> r.get("key").asString());
            assertThat(keys).containsExactly("广州市/市财政局", "郑州市/市财政局");
            long crossed = session.run("""
                    MATCH (d:Department)-[:LEADS|SUPPORTS]->(t:Task), (doc:Document {key: t.docKey})
                    WHERE d.jurisdiction <> doc.jurisdiction RETURN count(*) AS n""")
                    .single().get("n").asLong();
            assertThat(crossed).isZero();
        }
    }

    @Test
    void should_answer_about_a_citys_unit_from_that_citys_documents() {
        Answer guangzhou = asker.ask("广州市财政局配合哪些工作？", null);

        assertThat(guangzhou.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.sourceFile()).isEqualTo("2012-guangzhou-livelihood-happiness.txt"));
        assertThat(guangzhou.answer()).contains("市财政局");

        Answer zhengzhou = asker.ask("郑州市财政局负责哪些工作？", null);

        assertThat(zhengzhou.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.sourceFile()).isEqualTo("2017-zhengzhou-gazette-march.txt"));
    }
}
