package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Sixteen task-table downloads at once: a bounded few run, the rest are told to come back, and chat answers meanwhile. */
class CostlyRoutesTest {
    @Test
    void should_run_a_bounded_number_of_exports_and_refuse_the_rest_with_503_and_retry_after() throws Exception {
        try (TestServer server = new TestServer()) {
            CountDownLatch gate = new CountDownLatch(1);
            server.graph.exportGate = gate;
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> exports = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                exports.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.url("/api/export?format=jsonl")))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (int wait = 0; wait < 200 && exports.stream().filter(CompletableFuture::isDone).count()
                    < 16 - CostlyRoutes.EXPORTS; wait++) {
                Thread.sleep(25); // the refused ones come back at once; the others wait at the gate
            }
            HttpResponse<String> chat = server.postJson("/api/chat", "{\"question\":\"中欧班列谁牵头？\"}");
            gate.countDown();
            List<Integer> statuses = exports.stream().map(f -> f.join().statusCode()).toList();
            server.graph.exportGate = null;

            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(CostlyRoutes.EXPORTS);
            assertThat(statuses.stream().filter(s -> s == 503).count()).isEqualTo(16 - CostlyRoutes.EXPORTS);
            for (CompletableFuture<HttpResponse<String>> export : exports) {
                if (export.join().statusCode() == 503) {
                    assertError(export.join(), 503, "server_busy");
                    assertThat(export.join().headers().firstValue("Retry-After")).isPresent();
                }
            }
            assertThat(chat.statusCode()).isEqualTo(200);
            assertThat(server.get("/api/export?format=jsonl").statusCode()).as("permits come back").isEqualTo(200);
        }
    }
}
