package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.App;
import org.policygraph.TestGraph;
import org.policygraph.ask.retrieve.CatalogAhead;
import org.policygraph.embed.BgeSmallZh;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.write.SemanticIndexer;
import org.policygraph.ingest.CorpusFiles;

/**
 * A start over an unchanged graph maps the clause index and vector graph the last start saved beside the store and
 * reads the catalog's rows from there (or takes them read ahead while the store started, {@link CatalogAhead}), and
 * answers as one that read and built them all; a changed graph gets new ones, and the old version's are deleted.
 */
class SavedIndexesIT {
    private static final String HENAN = "graph-import/corpus/2016-henan-opening-up-action-plan.txt";
    private static final String GUANGZHOU = "src/test/resources/docs/2012-guangzhou-livelihood-happiness.txt";
    private static final List<String> ASKED = List.of("跨境电子商务由谁负责？", "开放型经济的发展目标是什么",
            "Which department leads the bonded logistics work?", "公益性公共服务岗位开发由哪个单位牵头？",
            "就业援助的目标是什么");
    private static Neo4jStore store;
    private static BgeSmallZh model;

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void load() {
        store = TestGraph.freshStore();
        model = new BgeSmallZh();
        importFile(HENAN);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static void importFile(String file) {
        App.importer(store).run(CorpusFiles.read(List.of(Path.of(file))), new PrintStream(OutputStream.nullOutputStream()));
        try (SemanticIndexer indexer = new SemanticIndexer(store, model)) {
            indexer.indexMissing();
        }
    }

    private static LiveGraph started() {
        LiveGraph graph = new LiveGraph(new PolicyReader(store), model, dataDir);
        graph.awaitVectorGraph();
        return graph;
    }

    private static List<String> answers(LiveGraph graph) {
        Asker asker = new AskService(graph, AskSteps.rulesOnly());
        return ASKED.stream().map(q -> asker.ask(q, null, AskOptions.DEFAULT.withoutCaches()))
                .map(a -> a.answer() + a.citations()).toList();
    }

    /** Every file under the saved indexes, by path, with its last modification time. */
    private static Map<String, Long> savedFiles() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dataDir.resolve("indexes"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dataDir.relativize(file).toString(), Files.getLastModifiedTime(file).toMillis());
            }
        }
        return files;
    }

    private static List<String> versionFolders() throws IOException {
        try (Stream<Path> folders = Files.list(dataDir.resolve("indexes"))) {
            return folders.map(f -> f.getFileName().toString()).toList();
        }
    }

    @Test
    void should_map_the_saved_indexes_of_an_unchanged_graph_and_build_new_ones_for_a_changed_graph() throws Exception {
        List<String> built = answers(started());
        Map<String, Long> saved = savedFiles();
        assertThat(versionFolders()).hasSize(1);
        assertThat(saved.keySet()).anyMatch(f -> f.contains("/clauses/")).anyMatch(f -> f.contains("/vectors/"))
                .anyMatch(f -> f.endsWith("/catalog.json"));

        Thread.sleep(1_100);
        LiveGraph restarted = started();
        assertThat(answers(restarted)).as("answers from mapped indexes").isEqualTo(built);
        assertThat(savedFiles()).as("nothing rebuilt: the same files, untouched").isEqualTo(saved);
        assertThat(answers(new LiveGraph(new PolicyReader(store), model))).as("answers from indexes built afresh")
                .isEqualTo(built);
        // serve reads the saved catalog and maps the indexes while the store starts, and answers the same
        LiveGraph ahead = new LiveGraph(new PolicyReader(store), model, dataDir, CatalogAhead.start(dataDir));
        assertThat(answers(ahead)).as("answers from what was read ahead").isEqualTo(built);
        assertThat(savedFiles()).as("nothing rebuilt by a start that read ahead").isEqualTo(saved);
        CatalogAhead stale = CatalogAhead.start(dataDir);

        String before = versionFolders().get(0);
        importFile(GUANGZHOU);
        assertThat(restarted.refreshIfChanged()).isTrue();
        restarted.awaitVectorGraph();
        assertThat(versionFolders()).as("the changed graph's indexes replace the old version's").hasSize(1)
                .doesNotContain(before);
        assertThat(new AskService(restarted, AskSteps.rulesOnly()).ask("公益性公共服务岗位开发由哪个单位牵头？", null)
                .citations())
                .anyMatch(c -> c.sourceFile().equals("2012-guangzhou-livelihood-happiness.txt"));
        // the refresh read only the new document and updated the saved indexes: it answers as a start that read
        // and built everything, and so does a start over what it saved
        assertThat(answers(restarted)).as("the updated version answers as one read afresh")
                .isEqualTo(answers(new LiveGraph(new PolicyReader(store), model)));
        assertThat(answers(started())).as("a start over the updated version's saved indexes")
                .isEqualTo(answers(new LiveGraph(new PolicyReader(store), model)));
        // what was read ahead of the import is of the old version: not taken, the new version is read as it is
        assertThat(answers(new LiveGraph(new PolicyReader(store), model, dataDir, stale)))
                .as("a start whose catalog read ahead is of an earlier version")
                .isEqualTo(answers(new LiveGraph(new PolicyReader(store), model)));
    }
}
