package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.App;
import org.policygraph.Config;
import org.policygraph.TestGraph;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.graph.read.GraphStats;
import org.policygraph.graph.write.GraphWriter.Outcome;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.ingest.CorpusFiles;

/** Runs against a second embedded Neo4j reached through NEO4J_URI, the way an external server is. */
class ChangedFileIT {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final String FTZ = "2018-zhengzhou-free-trade-zone-industry-plan.txt";
    private static final String OPINIONS = "2018-zhengzhou-investment-promotion-opinions.txt";
    private static Neo4jStore server;
    private static Neo4jStore external;

    @BeforeAll
    static void start() {
        int port = TestGraph.freePort();
        server = TestGraph.freshStore(port, "changed-file-it-password");
        Config config = Config.fromMap(Map.of("NEO4J_URI", "bolt://127.0.0.1:" + port, "NEO4J_USER", "neo4j",
                "NEO4J_PASSWORD", "changed-file-it-password"));
        external = new App().openStore(config);
    }

    @AfterAll
    static void stop() {
        external.close();
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_replace_only_the_document_of_an_edited_file() {
        App.importer(external).run(CorpusFiles.shipped(), QUIET);
        assertThat(external.health()).containsEntry("store", "external").containsEntry("documents", 48L);

        List<SourceFile> edited = new ArrayList<>();
        for (SourceFile f : CorpusFiles.shipped()) {
            edited.add(f.name().equals(FTZ) ? new SourceFile(f.name(), new String(f.content(), StandardCharsets.UTF_8)
                    .replace("郑州片区实施范围73.17平方公里", "郑州片区实施范围99.99平方公里")
                    .getBytes(StandardCharsets.UTF_8)) : f);
        }
        Importer.Summary summary = App.importer(external).run(edited, QUIET);

        assertThat(summary.documents()).containsEntry(Outcome.REPLACED, 1).containsEntry(Outcome.UNCHANGED, 47);
        Map<String, Object> stats = new GraphStats(external).collect();
        assertThat((Map<String, Long>) stats.get("labels")).containsEntry("Document", 48L);
    }

    @Test
    void should_import_the_good_files_and_report_a_binary_one_leaving_its_earlier_documents_as_they_were() {
        App.importer(external).run(CorpusFiles.shipped(), QUIET);
        byte[] binary = {0, 1, 2, (byte) 0xff, (byte) 0xfe};
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile f : CorpusFiles.shipped()) {
            files.add(f.name().equals(FTZ) ? new SourceFile(FTZ, binary) : f.name().equals(OPINIONS)
                    ? new SourceFile(OPINIONS, (new String(f.content(), StandardCharsets.UTF_8) + "\n附则补充。\n")
                            .getBytes(StandardCharsets.UTF_8)) : f);
        }
        files.add(new SourceFile("broken.txt", binary));

        Importer.Summary summary = App.importer(external).run(files, QUIET);

        assertThat(summary.unreadable()).extracting(UnreadableFileException::getMessage)
                .containsExactly(FTZ + ": not text but binary data", "broken.txt: not text but binary data");
        assertThat(summary.documents()).containsEntry(Outcome.REPLACED, 1).containsEntry(Outcome.UNCHANGED, 46);
        assertThat(external.health()).containsEntry("documents", 48L);
        Importer.Summary again = App.importer(external).run(CorpusFiles.shipped(), QUIET);
        assertThat(again.documents()).as("the broken copy of %s was not stored", FTZ)
                .containsEntry(Outcome.REPLACED, 1).containsEntry(Outcome.UNCHANGED, 47);
    }
}
