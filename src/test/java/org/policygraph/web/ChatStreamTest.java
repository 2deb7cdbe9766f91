package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/chat/stream and /v1's streamed completions: one event per line of the answer, sent as it is composed. */
class ChatStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "中欧班列(郑州)+跨境电商这项工作谁牵头？";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void composeFreely() {
        server.asker.failAfterFirstLine = false;
        CountDownLatch held = server.asker.afterFirstLine;
        server.asker.afterFirstLine = null;
        if (held != null) {
            held.countDown();
        }
    }

    @Test
    void should_send_meta_then_each_line_of_the_answer_as_its_own_delta_then_done() throws Exception {
        HttpResponse<String> response = server.postJson("/api/chat/stream", "{\"question\":\"" + QUESTION + "\"}");

        List<String> events = events(response.body());
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
        assertThat(events).containsExactly("meta", "delta", "delta", "done");
        assertThat(deltas(response.body())).containsExactly(StubAsker.LEAD_LINE, StubAsker.SUPPORT_LINE);
        JsonNode meta = data(response.body(), "meta");
        JsonNode done = data(response.body(), "done");
        assertThat(meta.get("conversationId").asText()).isEqualTo(done.get("conversationId").asText());
        assertThat(meta.get("newConversation").asBoolean()).isTrue();
        assertThat(done.get("answer").asText()).isEqualTo(String.join("\n", deltas(response.body())));
        assertThat(done.at("/citations/0/title").asText()).isEqualTo(StubGraph.TITLE);
    }

    @Test
    void should_stream_over_get_for_event_source_clients() throws Exception {
        HttpResponse<String> response = server.get("/api/chat/stream?q=" + TestServer.encode(QUESTION));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(deltas(response.body())).containsExactly(StubAsker.LEAD_LINE, StubAsker.SUPPORT_LINE);
    }

    @Test
    void should_deliver_the_lead_line_while_the_rest_of_the_answer_is_still_being_composed() throws Exception {
        CountDownLatch rest = new CountDownLatch(1);
        server.asker.afterFirstLine = rest;
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/chat/stream")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + QUESTION + "\"}")).build();

        Iterator<String> lines = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS).body().iterator();
        String first = CompletableFuture.supplyAsync(() -> nextDelta(lines)).get(10, TimeUnit.SECONDS);
        long stillComposing = rest.getCount();
        rest.countDown();
        String second = CompletableFuture.supplyAsync(() -> nextDelta(lines)).get(10, TimeUnit.SECONDS);

        assertThat(first).isEqualTo(StubAsker.LEAD_LINE);
        assertThat(stillComposing).isEqualTo(1);
        assertThat(second).isEqualTo(StubAsker.SUPPORT_LINE);
    }

    @Test
    void should_stream_a_long_answer_without_pauses_between_lines() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = server.postJson("/api/chat/stream", "{\"question\":\"请列出300行\"}");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(deltas(response.body())).hasSize(300).startsWith("第1行").endsWith("第300行");
        // a 15 ms pause per piece, as the stream once made, would take 4.5 s at least
        assertThat(millis).isLessThan(2000);
    }

    @Test
    void should_end_with_an_error_event_when_the_store_goes_away_after_the_first_line() throws Exception {
        server.asker.failAfterFirstLine = true;

        HttpResponse<String> response = server.postJson("/api/chat/stream", "{\"question\":\"" + QUESTION + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(events(response.body())).containsExactly("meta", "delta", "error");
        assertThat(data(response.body(), "error").at("/error/code").asText()).isEqualTo("store_unavailable");
    }

    @Test
    void should_stream_v1_completions_a_chunk_per_line_then_the_references() throws Exception {
        HttpResponse<String> response = server.postJson("/v1/chat/completions", "{\"model\":\"policygraph\","
                + "\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}");

        List<String> contents = new ArrayList<>();
        for (String frame : response.body().split("\n\n")) {
            if (!frame.equals("data: [DONE]")) {
                JsonNode delta = JSON.readTree(frame.substring("data: ".length())).at("/choices/0/delta");
                contents.add(delta.path("content").asText(null));
            }
        }
        assertThat(contents).hasSize(5).startsWith("", StubAsker.LEAD_LINE, "\n" + StubAsker.SUPPORT_LINE);
        assertThat(contents.get(3)).startsWith("\n\n参考文件：\n[1] " + StubGraph.DOC_NO);
        assertThat(contents.get(4)).isNull();
    }

    private static String nextDelta(Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.equals("event: delta")) {
                try {
                    return JSON.readTree(lines.next().substring("data: ".length())).get("text").asText();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("The stream ended before another delta");
    }

    private static List<String> events(String body) {
        return Stream.of(body.split("\n\n")).map(frame -> frame.substring("event: ".length(), frame.indexOf('\n')))
                .toList();
    }

    private static JsonNode data(String body, String event) throws Exception {
        for (String frame : body.split("\n\n")) {
            if (frame.startsWith("event: " + event + "\ndata: ")) {
                return JSON.readTree(frame.substring(frame.indexOf("data: ") + 6));
            }
        }
        throw new AssertionError("No " + event + " event in " + body);
    }

    static List<String> deltas(String body) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String frame : body.split("\n\n")) {
            if (frame.startsWith("event: delta\ndata: ")) {
                texts.add(JSON.readTree(frame.substring(19)).get("text").asText());
            }
        }
        return texts;
    }
}
