package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;

/** A store that refuses our login (a lockout after someone's failed logins, a changed password) is away: 503, not 500. */
class StoreRefusalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_answer_503_store_unavailable_when_the_store_locks_the_login_out() throws Exception {
        try (TestServer server = new TestServer()) {
            server.graph.failure = new SecurityException("Neo.ClientError.Security.AuthenticationRateLimit",
                    "The client has provided incorrect authentication details too many times in a row.");
            HttpResponse<String> locked = server.get("/api/departments");
            server.graph.failure = new AuthenticationException("Neo.ClientError.Security.Unauthorized",
                    "The client is unauthorized due to authentication failure.");
            HttpResponse<String> unauthorized = server.get("/api/documents");

            for (HttpResponse<String> response : java.util.List.of(locked, unauthorized)) {
                assertThat(response.statusCode()).isEqualTo(503);
                JsonNode error = JSON.readTree(response.body()).get("error");
                assertThat(error.get("code").asText()).isEqualTo("store_unavailable");
                assertThat(error.get("message").asText()).doesNotContain("authentication").doesNotContain("Neo.");
            }
        }
    }
}
