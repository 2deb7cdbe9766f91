package org.policygraph;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.graph.GraphStats;
import org.policygraph.graph.GraphWriter;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.SemanticIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import policy documents (default: the shipped corpus) into the graph.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories (.txt, .md)")
    List<Path> paths = List.of();

    @Option(names = "--reset", description = "Delete the whole graph first")
    boolean reset;

    @Override
    public Integer call() {
        Config config = Config.fromEnv();
        List<CorpusFiles.SourceFile> files = paths.isEmpty() ? CorpusFiles.shipped() : CorpusFiles.read(paths);
        ExecutorService preload = App.backgroundThread("preload");
        FileExtraction extraction = App.extraction();
        extraction.startAhead(files, preload);
        CompletableFuture<EmbeddingModel> model = CompletableFuture.supplyAsync(App::embeddingModel, preload);
        preload.shutdown();
        try (Neo4jStore store = App.openStore(config)) {
            GraphStats stats = new GraphStats(store);
            if (reset) {
                new GraphWriter(store).reset();
            }
            var before = stats.totals();
            Importer.Summary summary = App.importer(store, extraction).run(files, System.err);
            long embedStart = System.nanoTime();
            int embedded = new SemanticIndexer(store, model.join()).indexMissing();
            System.err.printf("Embedded %d task(s) in %d ms%n", embedded, (System.nanoTime() - embedStart) / 1_000_000);
            var after = stats.totals();
            System.out.printf("Imported %d file(s) in %d ms: %s, %d removed%n", summary.files(), summary.millis(),
                    summary.documents(), summary.removed());
            after.forEach((name, count) -> {
                long delta = count - before.getOrDefault(name, 0L);
                System.out.printf("  %-18s %6d%s%n", name, count, delta == 0 ? "" : String.format(" (%+d)", delta));
            });
            return 0;
        }
    }
}
