package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies a careless client sends: nothing after the JSON, and /v1 parameters of the wrong type or count refused as OpenAI does. */
class StrictInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MESSAGES = "\"model\":\"policygraph\",\"messages\":[{\"role\":\"user\",\"content\":\"中欧班列谁牵头？\"}]";
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
    void should_refuse_trailing_garbage_after_the_json_of_a_chat() throws Exception {
        for (String body : new String[] {"{\"question\":\"中欧班列谁牵头？\"} garbage", "{\"question\":\"中欧班列谁牵头？\"}{}",
                "{\"question\":\"中欧班列谁牵头？\"}]"}) {
            assertError(server.postJson("/api/chat", body), 400, "malformed_json");
        }
        assertThat(server.postJson("/api/chat", "{\"question\":\"中欧班列谁牵头？\"}\n").statusCode()).isEqualTo(200);
    }

    @Test
    void should_refuse_more_than_one_choice_and_parameters_of_the_wrong_type_on_v1() throws Exception {
        assertParam(post("\"n\":2"), "invalid_value", "n");
        assertParam(post("\"temperature\":\"hot\""), "invalid_type", "temperature");
        assertParam(post("\"temperature\":3"), "invalid_value", "temperature");
        assertParam(post("\"stream\":\"yes\""), "invalid_type", "stream");
        assertParam(post("\"max_tokens\":1.5"), "invalid_type", "max_tokens");
        assertError(server.postJson("/v1/chat/completions", "{" + MESSAGES + "} x"), 400, "malformed_json");
    }

    @Test
    void should_accept_the_parameters_openai_documents_and_answer_once() throws Exception {
        HttpResponse<String> response = post("\"n\":1,\"temperature\":0.2,\"top_p\":1,\"max_tokens\":200,\"stream\":false,"
                + "\"stop\":[\"\\n\\n\"],\"user\":\"u1\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("choices").size()).isEqualTo(1);
    }

    private static HttpResponse<String> post(String parameters) throws Exception {
        return server.postJson("/v1/chat/completions", "{" + MESSAGES + "," + parameters + "}");
    }

    private static void assertParam(HttpResponse<String> response, String code, String param) throws Exception {
        assertError(response, 400, code);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).isEqualTo(param);
    }
}
