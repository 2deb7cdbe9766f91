package org.policygraph;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.ask.AnswerCounter;
import org.policygraph.ask.AskLimit;
import org.policygraph.ask.AskService;
import org.policygraph.ask.AskSteps;
import org.policygraph.ask.Conversations;
import org.policygraph.ask.LiveGraph;
import org.policygraph.ask.StoreCheck;
import org.policygraph.ask.llm.LanguageModels;
import org.policygraph.ask.llm.ModelAssist;
import org.policygraph.ask.progress.ProgressDesk;
import org.policygraph.ask.retrieve.CatalogAhead;
import org.policygraph.cli.AskCommand;
import org.policygraph.cli.Askers;
import org.policygraph.cli.Backend;
import org.policygraph.cli.BenchCommand;
import org.policygraph.cli.ExportCommand;
import org.policygraph.cli.ImportCommand;
import org.policygraph.cli.McpCommand;
import org.policygraph.cli.RecallCommand;
import org.policygraph.cli.SelfLoop;
import org.policygraph.cli.ServeCommand;
import org.policygraph.cli.StatsCommand;
import org.policygraph.cli.TrainingCommand;
import org.policygraph.cli.Wiring;
import org.policygraph.embed.BgeSmallZh;
import org.policygraph.extract.DepartmentDictionary;
import org.policygraph.extract.Extractor;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.StartSteps;
import org.policygraph.graph.read.CachingExplorer;
import org.policygraph.graph.read.Explorer;
import org.policygraph.graph.read.ExplorerQueries;
import org.policygraph.graph.read.GraphVersionWatch;
import org.policygraph.graph.read.HealthMonitor;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.ProgressBoard;
import org.policygraph.graph.read.ToolQueries;
import org.policygraph.graph.write.GraphWriter;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.ingest.ExtractorVersion;
import org.policygraph.ingest.FileExtraction;
import org.policygraph.ingest.Importer;
import org.policygraph.ingest.UploadIntake;
import org.policygraph.parse.CorpusParser;
import org.policygraph.web.ApiOptions;
import org.policygraph.web.CorsPolicy;
import org.policygraph.web.Uploads;
import org.policygraph.web.WebLimits;
import org.policygraph.web.WebMetrics;
import org.policygraph.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: serve (default), import, ask, stats, bench, export, mcp. The one place that builds long-lived
 * objects: the commands are given this {@link Wiring} and ask it for what they run on.
 */
@Command(name = "policy-assistant", mixinStandardHelpOptions = true, version = "PolicyGraph 0.1.0",
        description = "Answers questions about Chinese government work plans from a Neo4j graph.")
public final class App implements Callable<Integer>, Wiring {

    public static void main(String[] args) {
        App app = new App();
        CommandLine cli = new CommandLine(app);
        List.of(new ServeCommand(app), new ImportCommand(app), new AskCommand(app), new StatsCommand(app),
                new BenchCommand(app), new ExportCommand(app), new McpCommand(app), new TrainingCommand(app),
                new RecallCommand(app)).forEach(cli::addSubcommand);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println("error: " + e.getMessage());
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        return new ServeCommand(this).call();
    }

    @Override
    public Neo4jStore openStore(Config config) {
        return config.embedded()
                ? Neo4jStore.embedded(config.dataDir(), config.boltPort(), config.storePassword())
                : Neo4jStore.external(config.neo4jUri(), config.neo4jUser(), config.neo4jPassword(),
                        config.neo4jDatabase());
    }

    @Override
    public FileExtraction extraction(String jurisdiction) {
        return new FileExtraction(new CorpusParser(), new Extractor(DepartmentDictionary.load()), jurisdiction);
    }

    @Override
    public Importer importer(Neo4jStore store, FileExtraction extraction) {
        return new Importer(extraction, new GraphWriter(store), extractorVersion(extraction));
    }

    @Override
    public String extractorVersion(FileExtraction extraction) {
        return ExtractorVersion.current() + extraction.settings();
    }

    /** The importer of the command line's import with no place given (tests import with it). */
    public static Importer importer(Neo4jStore store) {
        App app = new App();
        return app.importer(store, app.extraction(null));
    }

    @Override
    public EmbeddingModel embeddingModel() {
        return new BgeSmallZh();
    }

    @Override
    public Backend backend(Config config, List<CorpusFiles.SourceFile> corpus, PrintStream progress,
                           boolean vectorsInBackground) {
        return Backend.start(this, config, corpus, progress, vectorsInBackground);
    }

    /** Without the web: no limit on questions in flight, no store watch, caches on, nothing counted. */
    @Override
    public Askers askers(Config config, Backend backend) {
        LiveGraph graph = new LiveGraph(new PolicyReader(backend.store()), backend.indexer().model(),
                config.dataDir());
        return askers(config, graph, new AskSteps(AskLimit.none(), StoreCheck.NONE, true,
                progressDesk(backend.store()), null, AnswerCounter.NONE, new Conversations()),
                new ExplorerQueries(backend.store()));
    }

    @Override
    public ServeCommand.Running serve(Config config, List<CorpusFiles.SourceFile> corpus, WebLimits limits,
                                      boolean vectorsInBackground) {
        SelfLoop.refuse(config);
        // the saved catalog of the last start is read on a thread of its own while the store starts
        CatalogAhead ahead = CatalogAhead.start(config.dataDir());
        Backend backend = StartSteps.timed("Backend", () -> backend(config, corpus, System.err, vectorsInBackground));
        try {
            LiveGraph graph = StartSteps.timed("Graph snapshot", () -> new LiveGraph(
                    new PolicyReader(backend.store()), backend.indexer().model(), config.dataDir(), ahead));
            ExplorerQueries queries = new ExplorerQueries(backend.store());
            CachingExplorer cached = new CachingExplorer(queries);
            Explorer explorer = config.cache() ? cached : queries;
            GraphVersionWatch watch = new GraphVersionWatch(new PolicyReader(backend.store()), () -> {
                graph.refreshIfChanged();
                cached.invalidate();
            });
            WebMetrics metrics = new WebMetrics();
            metrics.recordImport("corpus", backend.corpusImport());
            Askers askers = askers(config, graph, new AskSteps(AskLimit.bounded(), new StoreCheck(watch::reachable),
                    config.cache(), progressDesk(backend.store()), null, metrics, new Conversations()), explorer);
            Uploads uploads = new Uploads(config.adminToken(), new UploadIntake(backend.importer(), backend.uploads(),
                    backend.indexer(), graph::refresh)::add);
            ApiOptions options = new ApiOptions(config.apiToken(), ApiOptions.models(askers.rules(), askers.assisted()),
                    new ToolQueries(backend.store()), metrics, CorsPolicy.of(config.corsOrigins()));
            HealthMonitor health = new HealthMonitor(() -> health(backend), watch);
            WebServer web = new WebServer(askers.assisted(), explorer, health::current, limits, uploads, options);
            StartSteps.timed("Web server", () -> web.start(config.host(), config.port()));
            LiveGraph.preloadEnglish();
            return new ServeCommand.Running(backend, askers, web, watch, health);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /**
     * The question's path ({@link AskService#ask}) with the steps this process runs; the rule answers and, when
     * PA_LLM_BASE_URL is set, the same path with the language model last, sharing the conversations.
     */
    private static Askers askers(Config config, LiveGraph graph, AskSteps steps, Explorer explorer) {
        AskService rules = new AskService(graph, steps);
        AskService assisted = config.llmBaseUrl() == null ? rules : new AskService(graph, steps.withModel(
                new ModelAssist(LanguageModels.openAiCompatible(config.llmBaseUrl(), config.llmModel(),
                        config.llmApiKey()), explorer)));
        return new Askers(graph, rules, assisted);
    }

    /** The 督办 progress questions (issue 26); today is the server's date. */
    private static ProgressDesk progressDesk(Neo4jStore store) {
        return new ProgressDesk(new ProgressBoard(store), Clock.systemDefaultZone());
    }

    private static Map<String, Object> health(Backend backend) {
        Map<String, Object> health = new LinkedHashMap<>(backend.store().health());
        health.put("semanticIndex", backend.indexer().building() ? "building" : "ready");
        return health;
    }
}
