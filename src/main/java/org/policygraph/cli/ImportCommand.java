package org.policygraph.cli;

import org.policygraph.ingest.Importer;
import org.policygraph.ingest.FileExtraction;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.Config;
import org.policygraph.graph.DaemonThreads;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.graph.Futures;
import org.policygraph.graph.write.GraphWriter;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.write.SemanticIndexer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * format -> parse -> extract -> graph. A file that cannot be read is named on stderr with the reason, and so is a
 * document whose number another source already holds (it stays with that source); the rest is imported, and the exit
 * code is then {@value #SOME_FILES_UNREADABLE}. The task vectors of the semantic index are the ask stage's: computing them costs
 * about 10 ms a task on two cores (half a minute for the shipped corpus), so unless asked to with --vectors the
 * import leaves them to the next serve (in the background) or ask (before its first answer).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import policy documents (default: the shipped corpus) into the graph.")
public final class ImportCommand implements Callable<Integer> {
    /** The exit code when some files could not be read (the others were imported). */
    public static final int SOME_FILES_UNREADABLE = 2;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories (.txt .md .html .htm .docx .doc .wps .pdf .xlsx .xls .et .csv .ofd)")
    List<Path> paths = List.of();

    @Option(names = "--jurisdiction", paramLabel = "PLACE",
            description = "The place these documents belong to (南陵县, 广州市) where their text does not say it")
    String jurisdiction;

    @Option(names = "--reset", description = "Delete the whole graph first")
    boolean reset;

    @Option(names = "--vectors", description = "Also embed the tasks that lack a vector now, rather than at the next serve or ask")
    boolean vectors;

    @Option(names = "--each-file", description = "Commit file by file (a folder of thousands of files in one run,"
            + " no transaction growing with it); a failure leaves the files before it imported")
    boolean eachFile;

    @Spec
    CommandSpec spec;

    private final Wiring wiring;
    private final Supplier<Config> settings;
    private final PrintStream progress;

    public ImportCommand(Wiring wiring) {
        this.wiring = wiring;
        this.settings = Config::fromEnv;
        this.progress = System.err;
    }

    /** For tests: settings given, not read from the environment, and the progress bar and log caught. */
    ImportCommand(Wiring wiring, Config config, PrintStream progress) {
        this.wiring = wiring;
        this.settings = () -> config;
        this.progress = progress;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Config config = settings.get();
        List<CorpusFiles.SourceFile> files = paths.isEmpty() ? CorpusFiles.shipped() : CorpusFiles.read(paths);
        ExecutorService preload = DaemonThreads.single("preload");
        if (jurisdiction != null && !jurisdiction.strip().matches("[\\u4e00-\\u9fa5]{2,12}(省|自治区|市|州|盟|区|县|旗)")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--jurisdiction must name a place ending in 省, 市, 区 or 县 (南陵县, 广州市), got '" + jurisdiction + "'");
        }
        FileExtraction extraction = wiring.extraction(jurisdiction == null ? null : jurisdiction.strip());
        if (!eachFile) {
            extraction.startAhead(files, preload);
        }
        CompletableFuture<EmbeddingModel> model = vectors
                ? CompletableFuture.supplyAsync(wiring::embeddingModel, preload) : null;
        preload.shutdown();
        try (Neo4jStore store = wiring.openStore(config)) {
            if (reset) {
                new GraphWriter(store).reset();
            }
            Importer importer = wiring.importer(store, extraction);
            Importer.Summary summary = eachFile ? importer.runEachFile(files, progress) : importer.run(files, progress);
            if (model != null) {
                long embedStart = System.nanoTime();
                int embedded = new SemanticIndexer(store, Futures.join(model)).indexMissing(progress);
                err.printf("Embedded %d task(s) in %d ms%n", embedded, (System.nanoTime() - embedStart) / 1_000_000);
            }
            summary.unreadable().forEach(e -> err.println("Not imported: " + e.getMessage()));
            summary.held().forEach(h -> err.println("Not imported: " + h.file() + ": " + h.key()
                    + " is already in the graph from " + h.holder() + " and stays as it is there"));
            out.printf("Imported %d file(s) in %d ms: %s, %d removed%n", summary.files() - summary.unreadable().size(),
                    summary.millis(), summary.documents(), summary.removed());
            if (!summary.written().isEmpty()) {
                out.println("Written:");
                summary.written().forEach((rows, count) -> out.printf("  %-12s %6d%n", rows, count));
            }
            long unembedded = SemanticIndexer.missing(store);
            if (unembedded > 0) {
                err.printf("%d task(s) have no vector yet: serve embeds them in the background, ask before its"
                        + " first answer, import --vectors now.%n", unembedded);
            }
            if (!summary.unreadable().isEmpty()) {
                err.printf("%d file(s) could not be read and were not imported.%n", summary.unreadable().size());
            }
            out.flush();
            err.flush();
            return summary.unreadable().isEmpty() && summary.held().isEmpty() ? 0 : SOME_FILES_UNREADABLE;
        }
    }
}
