package org.policygraph.graph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.policygraph.App;
import org.policygraph.TestGraph;
import org.policygraph.embed.BgeSmallZh;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.write.SemanticIndexer;
import org.policygraph.ingest.CorpusFiles;

/** A server's caches follow the graph, whoever changed it: an import on the same store, the vector build. */
class GraphVersionWatchIT {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void should_drop_the_cached_document_list_when_another_importer_changes_the_graph() throws Exception {
        try (Neo4jStore store = TestGraph.freshStore()) {
            importFile(store, "graph-import/corpus/2017-zhengzhou-gazette-march.txt");
            CachingExplorer explorer = new CachingExplorer(new ExplorerQueries(store));
            AtomicInteger changes = new AtomicInteger();
            try (GraphVersionWatch watch = new GraphVersionWatch(new PolicyReader(store), () -> {
                changes.incrementAndGet();
                explorer.invalidate();
            })) {
                int before = explorer.documents().size();
                importFile(store, "src/test/resources/docs/2012-guangzhou-livelihood-happiness.txt");

                // the watch looks every second: on a loaded machine it may see the import before this line runs
                int seen = changes.get();
                int listed = explorer.documents().size();
                if (seen == 0 && changes.get() == 0) {
                    assertThat(listed).as("cached until the watch sees the change").isEqualTo(before);
                }
                await(() -> changes.get() == 1);
                assertThat(explorer.documents().stream().map(DocumentSummary::sourceFile))
                        .contains("2012-guangzhou-livelihood-happiness.txt").hasSize(before + 1);

                new SemanticIndexer(store, new BgeSmallZh()).indexMissing();
                await(() -> changes.get() == 2);
            }
        }
    }

    private static void importFile(Neo4jStore store, String file) {
        App.importer(store).run(CorpusFiles.read(List.of(Path.of(file))), QUIET);
    }

    /** Waits up to ten seconds (the watch looks every second). */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
