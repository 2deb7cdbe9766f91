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
import org.policygraph.ask.AskLimit;

/** Questions beyond the bound wait in no thread: 503 server_busy at once, while the page and /health are served. */
class BusyServerTest {
    @Test
    void should_refuse_the_question_beyond_the_bound_with_503_and_keep_serving_the_rest() throws Exception {
        try (TestServer server = new TestServer()) {
            server.asker.hold = new CountDownLatch(1);
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < AskLimit.MAX_QUESTIONS; i++) {
                waiting.add(http.sendAsync(chat(server), HttpResponse.BodyHandlers.ofString()));
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (server.asker.held.get() < AskLimit.MAX_QUESTIONS && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }

            long start = System.nanoTime();
            HttpResponse<String> beyond = http.send(chat(server), HttpResponse.BodyHandlers.ofString());
            long beyondMillis = (System.nanoTime() - start) / 1_000_000;
            HttpResponse<String> page = server.get("/");
            HttpResponse<String> health = server.get("/health");
            server.asker.hold.countDown();
            server.asker.hold = null;

            assertThat(server.asker.held.get()).isEqualTo(AskLimit.MAX_QUESTIONS);
            assertError(beyond, 503, "server_busy");
            assertThat(beyondMillis).isLessThan(1_000);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(waiting.stream().map(f -> f.join().statusCode()).distinct().toList()).containsOnly(200);
            assertThat(http.send(chat(server), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    private static HttpRequest chat(TestServer server) {
        return HttpRequest.newBuilder(URI.create(server.url("/api/chat"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"中欧班列谁牵头？\"}")).build();
    }
}
