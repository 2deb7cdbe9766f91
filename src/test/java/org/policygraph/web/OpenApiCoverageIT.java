package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;

/** Every endpoint the real server registers is described in its /openapi.json, method and path. */
class OpenApiCoverageIT {
    @Test
    void should_describe_every_registered_route_in_the_openapi_document() throws Exception {
        String base = TestGraph.product().baseUrl();
        JsonNode paths = new ObjectMapper().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/openapi.json")).build(), HttpResponse.BodyHandlers.ofString()).body()).get("paths");
        List<String> endpoints = TestGraph.product().web().endpoints();

        assertThat(endpoints).contains("GET /v1/models", "POST /v1/chat/completions", "POST /mcp", "GET /api/chat/stream");
        assertThat(endpoints).allSatisfy(endpoint -> {
            String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            assertThat(paths.has(path)).as("%s in openapi.json", path).isTrue();
            assertThat(paths.get(path).has(method)).as("%s in openapi.json", endpoint).isTrue();
        });
    }
}
