package org.policygraph.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.policygraph.Config;
import org.policygraph.ask.AskService;
import org.policygraph.ask.LiveGraph;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.GraphVersionWatch;
import org.policygraph.graph.read.HealthMonitor;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.web.WebLimits;
import org.policygraph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the store, import the shipped corpus if missing or changed, and serve the chat page.")
public final class ServeCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Option(names = "--port", description = "HTTP port (default: PA_PORT or 7070)")
    Integer port;

    @Option(names = "--host", description = "HTTP host (default: PA_HOST or 127.0.0.1)")
    String host;

    public ServeCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    /** A started store, question path and web server; closing stops them all. */
    public record Running(Backend backend, Askers askers, WebServer web, GraphVersionWatch watch,
                          HealthMonitor health) implements AutoCloseable {

        public Neo4jStore store() {
            return backend.store();
        }

        /** The rule answers (no language model), as /mcp and the /v1 model "policygraph" give them. */
        public AskService asker() {
            return askers.rules();
        }

        public LiveGraph graph() {
            return askers.graph();
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
        Running running = wiring.serve(config, CorpusFiles.shipped(), WebLimits.defaults()
                .withRate(config.rateLimit(), config.rateBurst()).withTrustedProxies(config.trustedProxies()), true);
        System.err.printf("PolicyGraph ready in %.1f s on http://%s:%d%n", (System.nanoTime() - start) / 1e9,
                config.host(), running.web().port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("Stopping PolicyGraph…");
            running.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
