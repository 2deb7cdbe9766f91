package org.policygraph;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.policygraph.ask.AskService;
import org.policygraph.graph.Explorer;
import org.policygraph.graph.ExplorerQueries;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.SemanticIndexer;
import org.policygraph.web.WebLimits;
import org.policygraph.web.Uploads;
import org.policygraph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the store, import the shipped corpus if missing or changed, and serve the chat page.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: PA_PORT or 7070)")
    Integer port;

    @Option(names = "--host", description = "HTTP host (default: PA_HOST or 127.0.0.1)")
    String host;

    /** A started store and web server; closing stops both. */
    static final class Running implements AutoCloseable {
        private final Neo4jStore store;
        private final AskService asker;
        private final WebServer web;

        private Running(Neo4jStore store, AskService asker, WebServer web) {
            this.store = store;
            this.asker = asker;
            this.web = web;
        }

        Neo4jStore store() {
            return store;
        }

        AskService asker() {
            return asker;
        }

        String baseUrl() {
            return "http://127.0.0.1:" + web.port();
        }

        @Override
        public void close() {
            web.stop();
            store.close();
        }
    }

    @Override
    public Integer call() throws Exception {
        Config env = Config.fromEnv();
        Config config = env.withServer(host != null ? host : env.host(), port != null ? port : env.port());
        long start = System.nanoTime();
        Running running = startInProcess(config, WebLimits.defaults());
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

    static Running startInProcess(Config config, WebLimits limits) {
        Neo4jStore store = App.openStore(config);
        try {
            Importer importer = App.importer(store);
            Importer.Summary summary = importer.run(CorpusFiles.shipped(), System.err);
            if (summary.changed()) {
                System.err.println("Imported the shipped corpus: " + summary.documents());
            }
            return serve(store, importer, config, limits);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Embeds what is missing, builds the asker and starts the web server on an imported store. */
    static Running serve(Neo4jStore store, Importer importer, Config config, WebLimits limits) {
        SemanticIndexer indexer = App.indexer(store);
        AskService asker = App.asker(store, indexer);
        Uploads uploads = new Uploads(config.adminToken(), new UploadIntake(importer, indexer, asker));
        Explorer explorer = new ExplorerQueries(store.driver());
        WebServer web = new WebServer(App.assisted(config, asker, explorer), explorer, store::health, limits,
                uploads);
        web.start(config.host(), config.port());
        return new Running(store, asker, web);
    }
}
