package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token, Origin check, rate limit and error shape that /v1 and /mcp share (over the stubs). */
class ApiAccessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WebLimits UNLIMITED = new WebLimits(8 * 1024, 64 * 1024, 0, 0);

    @Test
    void should_ask_v1_and_mcp_for_the_api_token_when_one_is_set_and_leave_the_chat_api_open() throws Exception {
        try (TestServer server = new TestServer(UNLIMITED, Uploads.disabled(), "s3cret")) {
            HttpResponse<String> without = server.get("/v1/models");
            HttpResponse<String> wrong = server.get("/v1/models", Map.of("Authorization", "Bearer nope"));
            HttpResponse<String> right = server.get("/v1/models", Map.of("Authorization", "Bearer s3cret"));
            HttpResponse<String> mcp = server.post("/mcp", "application/json", "{}");

            assertOpenAiError(without, 401, "authentication_error", "invalid_api_key");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(mcp.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(mcp.body()).get("error").get("code").asText()).isEqualTo("invalid_api_key");
            assertThat(server.get("/api/departments").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void should_refuse_pages_of_other_origins_and_let_local_ones_through() throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<String> evil = server.get("/v1/models", Map.of("Origin", "https://evil.example"));
            HttpResponse<String> local = server.get("/v1/models", Map.of("Origin", "http://localhost:3000"));

            assertOpenAiError(evil, 403, "permission_error", "forbidden_origin");
            assertThat(local.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void should_rate_limit_v1_like_the_chat_api_in_openai_s_error_shape() throws Exception {
        try (TestServer server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0.01, 2))) {
            server.get("/v1/models");
            server.get("/v1/models");
            HttpResponse<String> third = server.get("/v1/models");

            assertOpenAiError(third, 429, "rate_limit_error", "too_many_requests");
            assertThat(third.headers().firstValue("Retry-After")).contains("1");
        }
    }

    @Test
    void should_answer_a_streamed_completion_in_chunks_closed_by_done() throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<String> response = server.postJson("/v1/chat/completions", "{\"model\":\"policygraph\","
                    + "\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"中欧班列谁牵头？\"}]}");
            String[] events = response.body().split("\n\n");

            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
            assertThat(events.length).isGreaterThan(4);
            assertThat(events[events.length - 1]).isEqualTo("data: [DONE]");
            JsonNode last = JSON.readTree(events[events.length - 2].substring("data: ".length()));
            assertThat(last.get("choices").get(0).get("finish_reason").asText()).isEqualTo("stop");
            assertThat(last.get("references").get(0).get("docNo").asText()).isEqualTo(StubGraph.DOC_NO);
        }
    }

    @Test
    void should_replay_the_earlier_user_questions_before_answering_the_last() throws Exception {
        try (TestServer server = new TestServer()) {
            server.postJson("/v1/chat/completions", "{\"model\":\"policygraph\",\"messages\":["
                    + "{\"role\":\"system\",\"content\":\"be brief\"},{\"role\":\"user\",\"content\":\"中欧班列谁牵头？\"},"
                    + "{\"role\":\"assistant\",\"content\":\"市口岸办\"},{\"role\":\"user\",\"content\":\"还有谁配合？\"}]}");

            assertThat(server.asker.lastQuestion).isEqualTo("还有谁配合？");
        }
    }

    @Test
    void should_offer_the_model_assisted_mode_as_a_second_model_and_answer_with_it() throws Exception {
        StubAsker rules = new StubAsker();
        StubAsker assisted = new StubAsker();
        WebServer server = new WebServer(rules, new StubGraph(), () -> Map.of("status", "up"), UNLIMITED,
                Uploads.disabled(), new ApiOptions(null, ApiOptions.models(rules, assisted), null, new WebMetrics()));
        server.start("127.0.0.1", 0);
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            JsonNode models = JSON.readTree(http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + "/v1/models")).build(), HttpResponse.BodyHandlers.ofString()).body());
            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/v1/chat/completions"))
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"model\":\"policygraph-llm\",\"messages\":[{\"role\":\"user\",\"content\":\"中欧班列谁牵头？\"}]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(models.get("data").findValuesAsText("id")).containsExactly("policygraph", "policygraph-llm");
            assertThat(assisted.lastQuestion).isEqualTo("中欧班列谁牵头？");
            assertThat(rules.lastQuestion).isNull();
        } finally {
            server.stop();
        }
    }

    private static void assertOpenAiError(HttpResponse<String> response, int status, String type, String code)
            throws Exception {
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(error.get("type").asText()).isEqualTo(type);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.has("param")).isTrue();
        assertThat(error.get("message").asText()).isNotBlank();
    }
}
