package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.App;
import org.policygraph.TestGraph;
import org.policygraph.ask.AskService;
import org.policygraph.ask.AnswerCounter;
import org.policygraph.ask.AskLimit;
import org.policygraph.ask.AskSteps;
import org.policygraph.ask.Conversations;
import org.policygraph.ask.LiveGraph;
import org.policygraph.ask.StoreCheck;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.ExplorerQueries;
import org.policygraph.graph.read.GraphVersionWatch;
import org.policygraph.graph.read.HealthMonitor;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.ingest.CorpusFiles;

/**
 * The product over an "external" store (a second embedded Neo4j reached by NEO4J_URI's path) that goes away and
 * comes back: chat 503 within 2 s, /health down within 1 s, the page served under 40 waiting chats, recovery
 * without a restart.
 */
class StoreOutageIT {
    private static final String PASSWORD = "outage-it-password";
    private static final String QUESTION = "完善公共就业服务由哪个部门牵头？";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Path dataDir;
    private static int boltPort;
    private static Neo4jStore server;
    private static Neo4jStore external;
    private static WebServer web;
    private static GraphVersionWatch watch;
    private static HealthMonitor health;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("policygraph-outage");
        boltPort = TestGraph.freePort();
        server = Neo4jStore.embedded(dataDir, boltPort, PASSWORD);
        Path doc = Path.of(StoreOutageIT.class.getResource("/docs/2012-guangzhou-livelihood-happiness.txt").toURI());
        App.importer(server).run(CorpusFiles.read(List.of(doc)), new PrintStream(OutputStream.nullOutputStream()));
        external = Neo4jStore.external("bolt://127.0.0.1:" + boltPort, "neo4j", PASSWORD, "neo4j");
        // as serve wires it: the watch's look every second tells the asker whether the store is there
        watch = new GraphVersionWatch(new PolicyReader(external), () -> { });
        health = new HealthMonitor(external::health, watch);
        AskSteps steps = new AskSteps(AskLimit.bounded(), new StoreCheck(watch::reachable), true, null, null,
                AnswerCounter.NONE, new Conversations());
        web = new WebServer(new AskService(new LiveGraph(new PolicyReader(external), null), steps),
                new ExplorerQueries(external), health::current, new WebLimits(8 * 1024, 64 * 1024, 0, 0));
        web.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        web.stop();
        health.close();
        watch.close();
        external.close();
        server.close();
    }

    @Test
    void should_fail_fast_while_the_store_is_away_and_recover_when_it_is_back() throws Exception {
        assertThat(chat().statusCode()).isEqualTo(200);

        server.close();
        long chatStart = System.nanoTime();
        HttpResponse<String> chatDown = chat();
        while (chatDown.statusCode() == 200 && millisSince(chatStart) < 2_000) {
            Thread.sleep(50); // answers come from memory until the watch's next look finds the store gone
            chatDown = chat();
        }
        long chatMillis = millisSince(chatStart);
        long healthStart = System.nanoTime();
        HttpResponse<String> healthDown = get("/health");
        long healthMillis = millisSince(healthStart);
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            waiting.add(HTTP.sendAsync(chatRequest(), HttpResponse.BodyHandlers.ofString()));
        }
        long pageStart = System.nanoTime();
        HttpResponse<String> page = get("/");
        long pageMillis = millisSince(pageStart);
        List<Integer> waitingStatuses = waiting.stream().map(f -> f.join().statusCode()).distinct().toList();

        server = Neo4jStore.embedded(dataDir, boltPort, PASSWORD);
        long recoveryStart = System.nanoTime();
        int recovered = 0;
        while (millisSince(recoveryStart) < 15_000 && (recovered = chat().statusCode()) != 200) {
            Thread.sleep(250);
        }

        assertError(chatDown, 503, "store_unavailable");
        assertThat(chatMillis).as("chat refused within 2 s").isLessThanOrEqualTo(2_000);
        assertThat(healthDown.statusCode()).isEqualTo(503);
        assertThat(healthDown.body()).contains("\"status\":\"down\"").doesNotContain("bolt://")
                .doesNotContain("127.0.0.1");
        assertThat(healthMillis).as("/health down within 1 s").isLessThanOrEqualTo(1_000);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(pageMillis).as("the page under 40 waiting chats").isLessThan(1_000);
        assertThat(waitingStatuses).containsOnly(503);
        assertThat(recovered).as("chat answers again within 15 s of the store's return").isEqualTo(200);
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> chat() throws Exception {
        return HTTP.send(chatRequest(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest chatRequest() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + QUESTION + "\"}")).build();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
