package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.ToolQueries;

/**
 * /mcp over a real HTTP client with bodies no MCP client would send: each gets a short JSON-RPC error in the
 * shape the specification gives (-32700, -32600, -32602, -32603), never a serialised Java exception.
 */
class McpMalformedRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> MCP = Map.of("Content-Type", "application/json",
            "Accept", "application/json, text/event-stream");
    private static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}";
    private final TestServer server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0, 0), new ToolQueries(null));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_answer_an_empty_or_cut_off_body_or_trailing_garbage_with_a_parse_error() throws Exception {
        for (String body : new String[] {"", LIST.substring(0, 20), LIST + " {}", "not json"}) {
            JsonNode error = error(post(MCP, body), 400);

            assertThat(error.get("code").asInt()).as(body).isEqualTo(-32700);
        }
    }

    @Test
    void should_refuse_a_batch_a_message_without_method_and_a_wrong_jsonrpc_version_as_invalid_requests() throws Exception {
        for (String body : new String[] {"[" + LIST + "," + LIST + "]", "{\"jsonrpc\":\"2.0\",\"id\":1}",
                "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"tools/list\"}", "42"}) {
            JsonNode error = error(post(MCP, body), 400);

            assertThat(error.get("code").asInt()).as(body).isEqualTo(-32600);
        }
    }

    @Test
    void should_refuse_a_request_without_the_accept_header_the_transport_asks_for() throws Exception {
        JsonNode error = error(post(Map.of("Content-Type", "application/json"), LIST), 400);

        assertThat(error.get("code").asInt()).isEqualTo(-32600);
        assertThat(error.get("message").asText()).contains("Accept");
    }

    @Test
    void should_refuse_a_tool_argument_longer_than_a_chat_question_with_invalid_params() throws Exception {
        String question = "中欧班列谁牵头".repeat(2_000);
        String call = "{\"jsonrpc\":\"2.0\",\"id\":\"q\",\"method\":\"tools/call\",\"params\":{\"name\":\"ask\","
                + "\"arguments\":{\"question\":\"" + question + "\"}}}";

        HttpResponse<String> response = post(MCP, call);
        JsonNode error = error(response, 200);

        assertThat(error.get("code").asInt()).isEqualTo(-32602);
        assertThat(JSON.readTree(response.body()).get("id").asText()).isEqualTo("q");
        assertThat(error.get("message").asText()).contains("longer than 8192");
    }

    @Test
    void should_hide_what_failed_inside_a_tool_behind_a_short_internal_error() throws Exception {
        String call = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"find_tasks\","
                + "\"arguments\":{\"text\":\"跨境电商\"}}}";

        JsonNode error = error(post(MCP, call), 200);

        assertThat(error.get("code").asInt()).isEqualTo(-32603);
        assertThat(error.get("message").asText()).doesNotContain("Exception").doesNotContain("null");
    }

    @Test
    void should_tell_the_agent_to_retry_when_the_store_is_away() throws Exception {
        server.graph.down = true;
        String call = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"department_chain\","
                + "\"arguments\":{\"name\":\"市商务局\"}}}";

        JsonNode error = error(post(MCP, call), 200);

        assertThat(error.get("code").asInt()).isEqualTo(-32000);
        assertThat(error.get("message").asText()).contains("try again").doesNotContain("bolt");
    }

    @Test
    void should_still_answer_a_well_formed_request() throws Exception {
        HttpResponse<String> response = post(MCP, LIST);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/result/tools").size()).isEqualTo(7);
    }

    private HttpResponse<String> post(Map<String, String> headers, String body) throws Exception {
        return server.post("/mcp", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The error object of a JSON-RPC answer, checked to be short and free of Java's traces. */
    private static JsonNode error(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body().length()).isLessThan(1024);
        assertThat(response.body()).doesNotContain("stackTrace").doesNotContain("at io.").doesNotContain("java.");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("jsonrpc").asText()).isEqualTo("2.0");
        assertThat(body.get("error").size()).isEqualTo(2);
        return body.get("error");
    }
}
