package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.StoreUnavailableException;
import org.policygraph.graph.read.GraphVersionWatch;
import org.policygraph.graph.read.HealthMonitor;

/**
 * /health as serve wires it (a store probe that takes as long as a real read, the graph-version watch): twelve
 * clients polling it cannot make a monitor see anything but "up", and a store that stops answering turns it
 * "down" with a reason, and "up" again when it is back.
 */
class HealthUnderLoadTest {
    private final AtomicBoolean storeDown = new AtomicBoolean();

    @Test
    void should_answer_a_monitor_200_while_twelve_clients_poll_and_503_only_when_the_store_is_away() throws Exception {
        try (GraphVersionWatch watch = new GraphVersionWatch(this::version, () -> { });
             HealthMonitor health = new HealthMonitor(this::probe, watch)) {
            WebServer server = new WebServer(new StubAsker(), new StubGraph(), health::current,
                    new WebLimits(8 * 1024, 64 * 1024, 0, 0));
            server.start("127.0.0.1", 0);
            String url = "http://127.0.0.1:" + server.port() + "/health";
            HttpClient http = HttpClient.newHttpClient();
            AtomicBoolean polling = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(12);
            for (int i = 0; i < 12; i++) {
                clients.submit(() -> {
                    while (polling.get()) {
                        http.send(get(url), HttpResponse.BodyHandlers.discarding());
                    }
                    return null;
                });
            }
            List<Integer> monitor = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                monitor.add(http.send(get(url), HttpResponse.BodyHandlers.ofString()).statusCode());
                Thread.sleep(100);
            }
            polling.set(false);
            clients.shutdown();
            clients.awaitTermination(10, TimeUnit.SECONDS);

            storeDown.set(true);
            HttpResponse<String> down = pollUntil(http, url, 503);
            storeDown.set(false);
            HttpResponse<String> back = pollUntil(http, url, 200);
            server.stop();

            assertThat(monitor.stream().filter(s -> s == 200).count()).as("%s", monitor).isGreaterThanOrEqualTo(19);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"down\"").contains("\"reason\"").contains("\"watch\":\"alive\"");
            assertThat(back.statusCode()).isEqualTo(200);
        }
    }

    private String version() {
        if (storeDown.get()) {
            throw new StoreUnavailableException("gone", new org.neo4j.driver.exceptions.ServiceUnavailableException("gone"));
        }
        return "1";
    }

    private Map<String, Object> probe() {
        try {
            Thread.sleep(30); // as long as a store read under load
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return storeDown.get() ? Map.of("status", "down", "error", "gone") : Map.of("status", "up", "documents", 1);
    }

    private static HttpResponse<String> pollUntil(HttpClient http, String url, int status) throws Exception {
        HttpResponse<String> response = http.send(get(url), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 100 && response.statusCode() != status; i++) {
            Thread.sleep(100);
            response = http.send(get(url), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }
}
