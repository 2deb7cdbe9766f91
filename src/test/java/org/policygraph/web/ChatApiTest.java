package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChatApiTest {
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

    @Test
    void should_answer_with_citation_graph_and_conversation() throws Exception {
        HttpResponse<String> response = server.postJson("/api/chat", "{\"question\":\"  " + QUESTION + " \"}");

        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.asker.lastQuestion).isEqualTo(QUESTION);
        assertThat(body.get("answer").asText()).contains("市口岸办牵头");
        assertThat(body.at("/citations/0/docNo").asText()).isEqualTo("郑政办〔2017〕32号");
        assertThat(body.at("/citations/0/line").asInt()).isEqualTo(3357);
        assertThat(body.at("/graph/edges/0/type").asText()).isEqualTo("LEADS");
        assertThat(body.get("conversationId").asText()).matches("[0-9a-f-]{36}");
        assertThat(body.get("newConversation").asBoolean()).isTrue();
        assertThat(body.has("elapsedMs")).isTrue();
    }

    @Test
    void should_keep_the_conversation_id_it_gave() throws Exception {
        String given = JSON.readTree(server.postJson("/api/chat", "{\"question\":\"" + QUESTION + "\"}").body())
                .get("conversationId").asText();

        HttpResponse<String> response = server.postJson("/api/chat",
                "{\"question\":\"它的完成时间呢？\",\"conversationId\":\"" + given + "\"}");

        assertThat(JSON.readTree(response.body()).get("conversationId").asText()).isEqualTo(given);
    }

    @Test
    void should_refuse_malformed_json_with_400() throws Exception {
        HttpResponse<String> response = server.postJson("/api/chat", "{\"question\": \"谁牵头");

        assertError(response, 400, "malformed_json");
    }

    @Test
    void should_refuse_a_question_that_is_not_a_string_with_400() throws Exception {
        assertError(server.postJson("/api/chat", "{\"question\": [1, 2]}"), 400, "malformed_json");
    }

    @Test
    void should_refuse_an_empty_question_with_400() throws Exception {
        assertError(server.postJson("/api/chat", "{\"question\": \"   \"}"), 400, "empty_question");
        assertError(server.postJson("/api/chat/stream", "{}"), 400, "empty_question");
        assertError(server.get("/api/chat/stream?q="), 400, "empty_question");
    }

    @Test
    void should_refuse_a_bad_conversation_id_with_400() throws Exception {
        String body = "{\"question\":\"谁牵头？\",\"conversationId\":\"x' OR 1=1\"}";

        assertError(server.postJson("/api/chat", body), 400, "bad_conversation_id");
    }

    @Test
    void should_refuse_a_question_over_8_kib_with_413() throws Exception {
        String question = "谁".repeat(8 * 1024 + 1);

        assertError(server.postJson("/api/chat", "{\"question\":\"" + question + "\"}"), 413, "question_too_long");
    }

    @Test
    void should_refuse_a_body_over_64_kib_with_413() throws Exception {
        String padding = "x".repeat(70 * 1024);

        HttpResponse<String> response = server.postJson("/api/chat",
                "{\"question\":\"谁牵头？\",\"padding\":\"" + padding + "\"}");

        assertError(response, 413, "payload_too_large");
    }

    @Test
    void should_refuse_a_chunked_body_over_64_kib_with_413_and_keep_serving() throws Exception {
        byte[] body = ("{\"question\":\"" + "谁".repeat(30_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.url("/api/chat")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertError(response, 413, "payload_too_large");
        assertThat(server.postJson("/api/chat", "{\"question\":\"" + QUESTION + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void should_refuse_a_form_post_with_415() throws Exception {
        assertError(server.post("/api/chat", "application/x-www-form-urlencoded", "question=x"), 415,
                "unsupported_media_type");
        assertError(server.post("/api/chat/stream", "text/plain", "谁牵头？"), 415, "unsupported_media_type");
    }

    @Test
    void should_answer_503_while_the_store_is_down_and_recover_after() throws Exception {
        server.asker.down = true;
        HttpResponse<String> down = server.postJson("/api/chat", "{\"question\":\"" + QUESTION + "\"}");
        HttpResponse<String> streamDown = server.postJson("/api/chat/stream", "{\"question\":\"" + QUESTION + "\"}");
        server.asker.down = false;
        HttpResponse<String> up = server.postJson("/api/chat", "{\"question\":\"" + QUESTION + "\"}");

        assertError(down, 503, "store_unavailable");
        assertError(streamDown, 503, "store_unavailable");
        assertThat(up.statusCode()).isEqualTo(200);
    }

    @Test
    void should_answer_503_not_500_when_no_store_connection_comes_free_in_time() throws Exception {
        // What the driver throws when every pooled connection waits on a store that hangs (frozen, not gone).
        server.asker.failure = new org.neo4j.driver.exceptions.ClientException(
                "Unable to acquire connection from the pool within configured maximum time of 2000ms",
                new java.util.concurrent.TimeoutException(
                        "Unable to acquire connection from the pool within configured maximum time of 2000ms"));
        HttpResponse<String> chat = server.postJson("/api/chat", "{\"question\":\"" + QUESTION + "\"}");
        HttpResponse<String> stream = server.postJson("/api/chat/stream", "{\"question\":\"" + QUESTION + "\"}");
        server.asker.failure = null;
        HttpResponse<String> up = server.postJson("/api/chat", "{\"question\":\"" + QUESTION + "\"}");

        assertError(chat, 503, "store_unavailable");
        assertError(stream, 503, "store_unavailable");
        assertThat(chat.body()).doesNotContain("pool").doesNotContain("acquire").doesNotContain("2000ms");
        assertThat(up.statusCode()).isEqualTo(200);
    }

    static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }
}
