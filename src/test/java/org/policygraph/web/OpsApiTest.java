package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class OpsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_report_health_up_then_503_when_the_store_is_down() throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<String> up = server.get("/health");
            server.graph.down = true;
            HttpResponse<String> down = server.get("/health");

            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(up.body()).get("status").asText()).isEqualTo("up");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(down.body()).get("status").asText()).isEqualTo("down");
        }
    }

    @Test
    void should_count_requests_latency_refusals_and_answers_with_micrometer_in_prometheus_text() throws Exception {
        try (TestServer server = new TestServer()) {
            server.get("/api/departments");
            server.get("/api/departments/" + TestServer.encode("市口岸办"));
            server.get("/api/documents/nope");
            server.postJson("/api/chat", "{\"question\":\"谁牵头？\"}");

            String metrics = server.get("/metrics").body();

            assertThat(metrics).contains(
                    "policygraph_http_requests_seconds_count{method=\"GET\",route=\"/api/departments\",status=\"200\"} 1",
                    "policygraph_http_requests_seconds_count{method=\"GET\",route=\"/api/documents/{docNo}\",status=\"404\"} 1",
                    "policygraph_http_requests_seconds_bucket{method=\"GET\",route=\"/api/departments/{name}\",status=\"200\",le=\"0.5\"} 1",
                    "policygraph_http_refusals_total{code=\"not_found\",status=\"404\"} 1",
                    "policygraph_answers_total{interface=\"api\",kind=",
                    "policygraph_store_up 1.0",
                    "jvm_memory_used_bytes");
        }
    }

    @Test
    void should_refuse_the_request_over_the_burst_with_429_and_serve_other_clients_paths() throws Exception {
        try (TestServer server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0.01, 2))) {
            server.get("/api/departments");
            server.get("/api/departments");
            HttpResponse<String> third = server.get("/api/departments");

            assertError(third, 429, "too_many_requests");
            assertThat(third.headers().firstValue("Retry-After")).contains("1");
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void should_publish_an_openapi_document_listing_every_api_path() throws Exception {
        try (TestServer server = new TestServer()) {
            JsonNode spec = JSON.readTree(server.get("/openapi.json").body());

            assertThat(spec.get("openapi").asText()).startsWith("3.");
            assertThat(spec.get("paths").fieldNames()).toIterable().contains("/api/chat", "/api/chat/stream",
                    "/api/departments", "/api/departments/{name}", "/api/documents", "/api/documents/{docNo}",
                    "/api/deadlines", "/api/search", "/api/suggestions", "/health", "/metrics", "/v1/models",
                    "/v1/chat/completions", "/mcp");
        }
    }

    @Test
    void should_answer_unknown_api_paths_with_a_json_404() throws Exception {
        try (TestServer server = new TestServer()) {
            assertError(server.get("/api/nothing-here"), 404, "not_found");
        }
    }

    @Test
    void should_answer_a_wrong_method_with_a_json_405() throws Exception {
        try (TestServer server = new TestServer()) {
            assertError(server.get("/api/chat"), 405, "method_not_allowed");
        }
    }

    @Test
    void should_serve_the_chat_page_and_the_graph_library_from_the_jar() throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<String> page = server.get("/");
            HttpResponse<String> library = server.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("chat.js");
            assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("script-src 'self'");
            assertThat(library.statusCode()).isEqualTo(200);
        }
    }
}
