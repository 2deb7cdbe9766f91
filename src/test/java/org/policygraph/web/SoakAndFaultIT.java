package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.policygraph.App;
import org.policygraph.Config;
import org.policygraph.GraphContent;
import org.policygraph.TestGraph;
import org.policygraph.cli.ServeCommand;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.web.SoakRequests.Soak;

/**
 * 16 clients send 2,000 mixed requests to the served product over an "external" store (a second embedded Neo4j on
 * its own port), which is stopped after 800 answers and started again after 1,000 (the clients wait meanwhile). No
 * request gets 500 or a status it was not designed for; while the store is up nothing is 503; the good questions get
 * the same answers before and after; and the graph at the end is the graph at the start plus exactly the accepted
 * uploads (counts and content hash).
 */
class SoakAndFaultIT {
    private static final int CLIENTS = 16;
    private static final int REQUESTS = 2_000;
    private static final int NEW_UPLOADS = 16;
    private static final int STOP_AFTER = 800;
    private static final int RESTART_AFTER = 1_000;
    private static final String PASSWORD = "soak-it-password";
    private static final String TOKEN = "soak-admin-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One request's outcome; {@code status} -1 when no HTTP answer came. */
    private record Outcome(Soak soak, int status, String body, long startNanos, long endNanos) {
    }

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void should_answer_2000_mixed_requests_through_a_store_outage_with_designed_statuses_and_lose_nothing()
            throws Exception {
        long soakStart = System.nanoTime();
        Path storeDir = Files.createTempDirectory("policygraph-soak-store");
        int boltPort = TestGraph.freePort();
        Neo4jStore[] store = {Neo4jStore.embedded(storeDir, boltPort, PASSWORD)};
        Config config = Config.fromMap(Map.of("NEO4J_URI", "bolt://127.0.0.1:" + boltPort, "NEO4J_PASSWORD", PASSWORD,
                "PA_DATA_DIR", Files.createTempDirectory("policygraph-soak-data").toString(), "PA_PORT", "0",
                "PA_ADMIN_TOKEN", TOKEN));
        try (ServeCommand.Running product = new App().serve(config, corpus(),
                new WebLimits(8 * 1024, 64 * 1024, 0, 0), false)) {
            GraphContent.Snapshot before = GraphContent.of(store[0]);
            Set<String> expectedKeys = new HashSet<>(documentKeys(store[0]));
            Map<String, String> answersBefore = goodAnswers(product.baseUrl());
            List<Soak> soaks = new SoakRequests(product.baseUrl(), TOKEN).draw(REQUESTS, NEW_UPLOADS);

            // the stop, chat's recovery and /health's: /health reports the store monitor's last probe, which may still
            // be the outage's for one probe after chat answers again
            long[] window = new long[3];
            List<Outcome> outcomes = run(soaks, () -> {
                window[0] = System.nanoTime();
                store[0].close();
            }, () -> {
                store[0] = Neo4jStore.embedded(storeDir, boltPort, PASSWORD);
                window[1] = awaitRecovery(goodQuestion(product.baseUrl(), SoakRequests.GOOD.get(0).question()));
                window[2] = awaitRecovery(new Soak("read", HttpRequest.newBuilder(
                        URI.create(product.baseUrl() + "/health")).GET().build(), Set.of(200), true, null, null));
            });

            Set<String> accepted = new HashSet<>();
            outcomes.stream().filter(o -> o.status() == 201).forEach(o -> accepted.add(o.soak().uploadKey()));
            // an upload answered 503 while its write was in doubt (the store went away around its commit: "send it
            // again") was written whole or not at all; those written are kept like the accepted ones
            Set<String> inDoubt = new HashSet<>();
            outcomes.stream().filter(o -> o.soak().uploadKey() != null && o.status() == 503)
                    .forEach(o -> inDoubt.add(o.soak().uploadKey()));
            Set<String> kept = new HashSet<>(accepted);
            documentKeys(store[0]).stream().filter(inDoubt::contains).forEach(kept::add);
            GraphContent.Snapshot after = GraphContent.of(store[0], kept);
            Map<String, String> answersAfter = goodAnswers(product.baseUrl());
            report(outcomes, before, after, kept, soakStart);

            assertStatuses(outcomes, window[0], window[1], window[2]);
            assertThat(answersAfter).isEqualTo(answersBefore);
            expectedKeys.addAll(kept);
            assertThat(documentKeys(store[0])).as("the documents at the start, the accepted uploads and those in doubt "
                    + "that were written").containsExactlyInAnyOrderElementsOf(expectedKeys);
            assertThat(after).as("the graph at the end without the uploads kept").isEqualTo(before);
            // an in-doubt upload stays in the manifest until the next start settles it; every accepted upload is kept
            assertThat(Files.readAllLines(config.dataDir().resolve("uploads/.manifest.tsv")).size())
                    .isBetween(accepted.size(), accepted.size() + inDoubt.size());
        } finally {
            store[0].close();
        }
    }

    private static List<SourceFile> corpus() throws Exception {
        Path doc = Path.of(SoakAndFaultIT.class.getResource("/docs/2012-guangzhou-livelihood-happiness.txt").toURI());
        List<SourceFile> files = new ArrayList<>(CorpusFiles.read(List.of(doc)));
        files.add(new SourceFile("plan.txt", UploadIdentityIT.notice(SoakRequests.HELD_NUMBER, "城市更新")));
        return files;
    }

    /** The clients; {@code stop} runs after {@value #STOP_AFTER} answers, {@code restart} once {@value #RESTART_AFTER} are in. */
    private List<Outcome> run(List<Soak> soaks, Runnable stop, Runnable restart) throws Exception {
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch stopAt = new CountDownLatch(STOP_AFTER);
        CountDownLatch restartAt = new CountDownLatch(RESTART_AFTER);
        CountDownLatch resumed = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                for (int i = next.getAndIncrement(); i < soaks.size(); i = next.getAndIncrement()) {
                    if (i >= RESTART_AFTER) {
                        await(resumed);
                    }
                    outcomes.add(send(soaks.get(i)));
                    stopAt.countDown();
                    restartAt.countDown();
                }
            });
        }
        stopAt.await();
        stop.run();
        restartAt.await();
        restart.run();
        resumed.countDown();
        clients.shutdown();
        assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        return List.copyOf(outcomes);
    }

    private Outcome send(Soak soak) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = sendOnce(soak.request());
            return new Outcome(soak, response.statusCode(), response.body(), start, System.nanoTime());
        } catch (IOException | InterruptedException e) {
            return new Outcome(soak, -1, e.toString(), start, System.nanoTime());
        }
    }

    /** A pooled connection the server closed after a refusal may be picked as it goes (no bytes read): sent again. */
    private HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** When the request is answered 200 again after the store's return. */
    private long awaitRecovery(Soak probe) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (send(probe).status() == 200) {
                return System.nanoTime();
            }
            sleep();
        }
        throw new AssertionError(probe.request().uri() + " did not recover within 30 s of the store's return");
    }

    private Soak goodQuestion(String base, String question) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question + "\"}")).build();
        return new Soak("good", request, Set.of(200), true, null, null);
    }

    private Map<String, String> goodAnswers(String base) throws Exception {
        Map<String, String> answers = new TreeMap<>();
        for (SoakRequests.Good good : SoakRequests.GOOD) {
            Outcome outcome = send(goodQuestion(base, good.question()));
            assertThat(outcome.status()).as(good.question()).isEqualTo(200);
            String answer = JSON.readTree(outcome.body()).path("answer").asText();
            assertThat(answer).as(good.question()).contains(good.department());
            answers.put(good.question(), answer);
        }
        return answers;
    }

    /** Designed statuses only; 503 only for a request that needs the store and overlapped the outage. */
    private static void assertStatuses(List<Outcome> outcomes, long stoppedAt, long chatRecoveredAt,
                                       long healthRecoveredAt) {
        List<String> wrong = new ArrayList<>();
        for (Outcome o : outcomes) {
            long recoveredAt = o.soak().request().uri().getPath().equals("/health") ? healthRecoveredAt : chatRecoveredAt;
            boolean inOutage = o.endNanos() >= stoppedAt && o.startNanos() <= recoveredAt;
            boolean allowed = o.soak().statuses().contains(o.status()) || o.status() == 503 && o.soak().needsStore() && inOutage;
            if (!allowed || o.status() == 200 && o.soak().answerHolds() != null && !o.body().contains(o.soak().answerHolds())) {
                wrong.add(String.format("%d %s %s, %+.1f s to %+.1f s from the stop (recovered at %+.1f s): %s",
                        o.status(), o.soak().kind(), o.soak().request().uri(), (o.startNanos() - stoppedAt) / 1e9,
                        (o.endNanos() - stoppedAt) / 1e9, (recoveredAt - stoppedAt) / 1e9, abbreviated(o.body())));
            }
        }
        assertThat(wrong).as("requests answered otherwise than designed").isEmpty();
    }

    private static void report(List<Outcome> outcomes, GraphContent.Snapshot before, GraphContent.Snapshot after,
                               Set<String> kept, long soakStart) {
        Map<Integer, Long> byStatus = new TreeMap<>();
        outcomes.forEach(o -> byStatus.merge(o.status(), 1L, Long::sum));
        System.out.printf("Soak: %d requests by status %s; p99 %d ms; %d uploads kept (accepted, or in doubt and written)%n",
                outcomes.size(), byStatus, percentile99(outcomes), kept.size());
        Map<String, Long> p99ByKind = new TreeMap<>();
        outcomes.stream().collect(Collectors.groupingBy(o -> o.soak().kind())).forEach((kind, list) ->
                p99ByKind.put(kind, percentile99(list)));
        System.out.printf("Soak: p99 by kind (ms) %s%n", p99ByKind);
        System.out.printf("Soak: graph hash before %s, after (less the uploads kept) %s; counts before %s%n",
                before.hash(), after.hash(), before.counts());
        System.out.printf("Soak: %.1f s in all%n", (System.nanoTime() - soakStart) / 1e9);
    }

    private static long percentile99(List<Outcome> outcomes) {
        long[] millis = outcomes.stream().mapToLong(o -> (o.endNanos() - o.startNanos()) / 1_000_000).sorted().toArray();
        return millis[(int) Math.ceil(millis.length * 0.99) - 1];
    }

    private static List<String> documentKeys(Neo4jStore store) {
        return store.driver().executableQuery("MATCH (d:Document) RETURN d.key AS key").execute().records().stream()
                .map(r -> r.get("key").asString()).toList();
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
