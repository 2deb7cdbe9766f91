package org.policygraph;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.ask.Asker;
import org.policygraph.ask.llm.LanguageModels;
import org.policygraph.ask.llm.ModelAssistedAsker;
import org.policygraph.cli.AskCommand;
import org.policygraph.cli.BenchCommand;
import org.policygraph.cli.ExportCommand;
import org.policygraph.cli.ImportCommand;
import org.policygraph.cli.McpCommand;
import org.policygraph.cli.RecallCommand;
import org.policygraph.cli.ServeCommand;
import org.policygraph.cli.StatsCommand;
import org.policygraph.cli.TrainingCommand;
import org.policygraph.embed.BgeSmallZh;
import org.policygraph.extract.DepartmentDictionary;
import org.policygraph.extract.Extractor;
import org.policygraph.graph.DaemonThreads;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.Explorer;
import org.policygraph.graph.write.GraphWriter;
import org.policygraph.ingest.ExtractorVersion;
import org.policygraph.ingest.FileExtraction;
import org.policygraph.ingest.Importer;
import org.policygraph.parse.CorpusParser;
import org.policygraph.launch.OutOfMemoryExit;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The command line: serve (default), import, ask, stats, bench, export, mcp. Builds every long-lived object by hand. */
@Command(name = "policy-assistant", mixinStandardHelpOptions = true, version = "PolicyGraph 0.1.0",
        description = "Answers questions about Chinese government work plans from a Neo4j graph.",
        subcommands = {ServeCommand.class, ImportCommand.class, AskCommand.class, StatsCommand.class,
                BenchCommand.class, ExportCommand.class, McpCommand.class, TrainingCommand.class, RecallCommand.class})
public final class App implements Callable<Integer> {

    public static void main(String[] args) {
        OutOfMemoryExit.install();
        CommandLine cli = new CommandLine(new App());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println("error: " + e.getMessage());
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        return new ServeCommand().call();
    }

    /** The store named by the configuration: external when NEO4J_URI is set, else embedded in the data dir. */
    public static Neo4jStore openStore(Config config) {
        return config.embedded()
                ? Neo4jStore.embedded(config.dataDir(), config.boltPort(), config.storePassword())
                : Neo4jStore.external(config.neo4jUri(), config.neo4jUser(), config.neo4jPassword(),
                        config.neo4jDatabase());
    }

    /** The rule answers, worded and completed by a language model when PA_LLM_BASE_URL is set. */
    public static Asker assisted(Config config, Asker rules, Explorer explorer) {
        return config.llmBaseUrl() == null ? rules
                : new ModelAssistedAsker(rules, LanguageModels.openAiCompatible(
                        config.llmBaseUrl(), config.llmModel(), config.llmApiKey()), explorer);
    }

    /** The 督办 progress questions (issue 26) in front of the rule answers; today is the server's date. */
    public static Asker withProgress(Asker rules, Neo4jStore store) {
        return new org.policygraph.ask.progress.ProgressAsker(rules, new org.policygraph.graph.read.ProgressBoard(store),
                java.time.Clock.systemDefaultZone());
    }

    public static EmbeddingModel embeddingModel() {
        return new BgeSmallZh();
    }

    /** One daemon thread for work that runs while the store starts. */
    public static ExecutorService backgroundThread(String name) {
        return DaemonThreads.single(name);
    }

    public static FileExtraction extraction() {
        return extraction(null);
    }

    /** {@code jurisdiction}: the place the documents belong to, given by the user (null: read from each text). */
    public static FileExtraction extraction(String jurisdiction) {
        return new FileExtraction(new CorpusParser(), new Extractor(DepartmentDictionary.load()), jurisdiction);
    }

    public static Importer importer(Neo4jStore store) {
        return importer(store, extraction());
    }

    public static Importer importer(Neo4jStore store, FileExtraction extraction) {
        return new Importer(extraction, new GraphWriter(store), extractorVersion(extraction));
    }

    /** What an imported document's fingerprint holds besides its content: a new extractor re-imports it. */
    public static String extractorVersion(FileExtraction extraction) {
        return ExtractorVersion.current() + extraction.settings();
    }
}
