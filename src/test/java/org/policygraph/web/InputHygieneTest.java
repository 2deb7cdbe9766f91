package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions of invisible characters, bytes that are no UTF-8, requests Jetty itself refuses: JSON errors, no 500. */
class InputHygieneTest {
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

    @ParameterizedTest
    @ValueSource(strings = {"\\u200b", "\\u0000", "\\ufeff", "\\u3000", "\\ud800", "\\u200b\\u3000\\u0000\\ufeff\\u2060"})
    void should_refuse_a_question_of_invisible_characters_with_400(String escaped) throws Exception {
        String body = "{\"question\":\"" + escaped + "\"}";

        HttpResponse<String> chat = server.postJson("/api/chat", body);
        HttpResponse<String> stream = server.postJson("/api/chat/stream", body);

        assertError(chat, 400, "empty_question");
        assertError(stream, 400, "empty_question");
        assertThat(message(chat)).isEqualTo("The question has no visible characters.");
    }

    @Test
    void should_refuse_an_invisible_question_on_v1_with_400_and_openai_shape() throws Exception {
        HttpResponse<String> response = server.postJson("/v1/chat/completions", "{\"model\":\"policygraph\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"\\u200b\\ufeff\\u0000\"}]}");

        assertError(response, 400, "empty_question");
        assertThat(JSON.readTree(response.body()).at("/error/type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void should_answer_the_question_without_its_invisible_characters() throws Exception {
        String body = "{\"question\":\"\\ufeff中欧班列\\u200b(郑州)+跨境电商\\u0000这项工作\\ud800谁牵头？\\u3000\"}";

        HttpResponse<String> response = server.postJson("/api/chat", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.asker.lastQuestion).isEqualTo(QUESTION);
    }

    @Test
    void should_compose_decomposed_characters_to_nfc() throws Exception {
        server.postJson("/api/chat", "{\"question\":\"Who leads the Cafe\\u200b\\u0301 task?\"}");

        assertThat(server.asker.lastQuestion).isEqualTo("Who leads the Caf\u00e9 task?");
    }

    @Test
    void should_refuse_invisible_characters_on_the_event_stream_query_with_400() throws Exception {
        assertError(server.get("/api/chat/stream?q=%E2%80%8B%E3%80%80%00"), 400, "empty_question");
    }

    @Test
    void should_refuse_a_query_that_is_not_utf8_with_400() throws Exception {
        HttpResponse<String> response = server.get("/api/chat/stream?q=%FF%FE");

        assertError(response, 400, "invalid_encoding");
        assertThat(message(response)).doesNotContain("Exception").doesNotContain("org.");
    }

    @Test
    void should_refuse_a_json_body_that_is_not_utf8_with_400() throws Exception {
        byte[] gbk = ("{\"question\":\"" + QUESTION + "\"}").getBytes("GBK");

        HttpResponse<String> response = server.post("/api/chat", Map.of("Content-Type", "application/json"), gbk);

        assertError(response, 400, "invalid_encoding");
        assertThat(server.postJson("/api/chat", "{\"question\":\"" + QUESTION + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void should_say_where_the_json_broke_without_the_parser_internals() throws Exception {
        String deep = "[".repeat(2_000) + "]".repeat(2_000);

        HttpResponse<String> broken = server.postJson("/api/chat", "{\"question\": \"谁牵头");
        HttpResponse<String> tooDeep = server.postJson("/api/chat", "{\"question\":\"谁\",\"x\":" + deep + "}");

        assertError(broken, 400, "malformed_json");
        assertError(tooDeep, 400, "malformed_json");
        assertThat(message(broken)).contains("line 1").doesNotContain("Unexpected end-of-input")
                .doesNotContain("Source:");
        assertThat(message(tooDeep)).doesNotContain("StreamReadConstraints").doesNotContain("maxNestingDepth");
    }

    @Test
    void should_refuse_a_uri_too_long_for_jetty_with_the_json_error() throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=" + "x".repeat(20_000));

        assertError(response, 414, "uri_too_long");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void should_refuse_a_request_jetty_cannot_parse_with_the_json_error() throws Exception {
        String raw = raw("GET /api/chat/stream?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).contains("application/json").contains("\"code\":\"bad_request\"").doesNotContain("<html");
    }

    @Test
    void should_start_a_new_conversation_for_an_unknown_id_and_say_so() throws Exception {
        JsonNode first = JSON.readTree(server.postJson("/api/chat", "{\"question\":\"" + QUESTION + "\"}").body());
        String known = first.get("conversationId").asText();

        JsonNode followUp = JSON.readTree(server.postJson("/api/chat",
                "{\"question\":\"还有哪些单位配合？\",\"conversationId\":\"" + known + "\"}").body());
        JsonNode stranger = JSON.readTree(server.postJson("/api/chat",
                "{\"question\":\"还有哪些单位配合？\",\"conversationId\":\"never-issued-42\"}").body());

        assertThat(first.get("newConversation").asBoolean()).isTrue();
        assertThat(followUp.get("newConversation").asBoolean()).isFalse();
        assertThat(followUp.get("conversationId").asText()).isEqualTo(known);
        assertThat(followUp.has("notice")).isFalse();
        assertThat(stranger.get("newConversation").asBoolean()).isTrue();
        assertThat(stranger.get("conversationId").asText()).isNotEqualTo("never-issued-42");
        assertThat(stranger.get("notice").asText()).contains("never-issued-42").contains("new conversation");
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).at("/error/message").asText();
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
