package org.policygraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.policygraph.App;
import org.policygraph.Config;
import org.policygraph.ask.AskService;
import org.policygraph.ask.Asker;
import org.policygraph.ask.StoreCheckedAsker;
import org.policygraph.ask.UncachedAsker;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.CachingExplorer;
import org.policygraph.graph.read.Explorer;
import org.policygraph.graph.read.ExplorerQueries;
import org.policygraph.graph.read.GraphVersionWatch;
import org.policygraph.graph.read.HealthMonitor;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.ToolQueries;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.ingest.UploadIntake;
import org.policygraph.web.ApiOptions;
import org.policygraph.web.CorsPolicy;
import org.policygraph.web.Uploads;
import org.policygraph.web.WebLimits;
import org.policygraph.web.WebMetrics;
import org.policygraph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the store, import the shipped corpus if missing or changed, and serve the chat page.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: PA_PORT or 7070)")
    Integer port;

    @Option(names = "--host", description = "HTTP host (default: PA_HOST or 127.0.0.1)")
    String host;

    /** A started store and web server; closing stops both. */
    public static final class Running implements AutoCloseable {
        private final Backend backend;
        private final WebServer web;
        private final GraphVersionWatch watch;
        private final HealthMonitor health;

        private Running(Backend backend, WebServer web, GraphVersionWatch watch, HealthMonitor health) {
            this.backend = backend;
            this.web = web;
            this.watch = watch;
            this.health = health;
        }

        public Neo4jStore store() {
            return backend.store();
        }

        public AskService asker() {
            return backend.asker();
        }

        public WebServer web() {
            return web;
        }

        public String baseUrl() {
            return "http://127.0.0.1:" + web.port();
        }

        @Override
        public void close() {
            health.close();
            watch.close();
            web.stop();
            backend.close();
        }
    }

    @Override
    public Integer call() throws Exception {
        Config env = Config.fromEnv();
        Config config = env.withServer(host != null ? host : env.host(), port != null ? port : env.port());
        long start = System.nanoTime();
        Running running = startInProcess(config, WebLimits.defaults().withRate(config.rateLimit(), config.rateBurst())
                .withTrustedProxies(config.trustedProxies()), true);
        System.err.printf("PolicyGraph ready in %.1f s on http://%s:%d%n", (System.nanoTime() - start) / 1e9,
                config.host(), running.web.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("Stopping PolicyGraph…");
            running.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** With {@code vectorsInBackground} it serves before every task is embedded (see {@link Backend#start}). */
    public static Running startInProcess(Config config, WebLimits limits, boolean vectorsInBackground) {
        return startInProcess(config, CorpusFiles.shipped(), limits, vectorsInBackground);
    }

    /** Serves {@code corpus} instead of the shipped corpus (the build's CDS training run uses one small file). */
    public static Running startInProcess(Config config, List<CorpusFiles.SourceFile> corpus, WebLimits limits,
                                  boolean vectorsInBackground) {
        SelfLoop.refuse(config);
        Backend backend = Backend.start(config, corpus, System.err, vectorsInBackground);
        try {
            Uploads uploads = new Uploads(config.adminToken(),
                    new UploadIntake(backend.importer(), backend.uploads(), backend.indexer(), backend.asker()::refresh)::add);
            ExplorerQueries queries = new ExplorerQueries(backend.store());
            CachingExplorer cached = new CachingExplorer(queries);
            Explorer explorer = config.cache() ? cached : queries;
            GraphVersionWatch watch = new GraphVersionWatch(new PolicyReader(backend.store()), () -> {
                backend.asker().refreshIfChanged();
                cached.invalidate();
            });
            Asker checked = new StoreCheckedAsker(backend.asker(), watch::reachable);
            Asker rules = config.cache() ? checked : new UncachedAsker(checked);
            Asker assisted = App.assisted(config, App.withProgress(rules, backend.store()), explorer);
            WebMetrics metrics = new WebMetrics();
            metrics.recordImport("corpus", backend.corpusImport());
            ApiOptions options = new ApiOptions(config.apiToken(), ApiOptions.models(rules, assisted),
                    new ToolQueries(backend.store()), metrics, CorsPolicy.of(config.corsOrigins()));
            HealthMonitor health = new HealthMonitor(() -> health(backend), watch);
            WebServer web = new WebServer(assisted, explorer, health::current, limits, uploads, options);
            web.start(config.host(), config.port());
            AskService.preloadEnglish();
            return new Running(backend, web, watch, health);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    private static Map<String, Object> health(Backend backend) {
        Map<String, Object> health = new LinkedHashMap<>(backend.store().health());
        health.put("semanticIndex", backend.indexer().building() ? "building" : "ready");
        return health;
    }
}
