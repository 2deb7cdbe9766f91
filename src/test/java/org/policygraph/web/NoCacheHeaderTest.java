package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** X-PolicyGraph-No-Cache: 1 reaches the asker as a per-request flag, and only with the admin token. */
class NoCacheHeaderTest {
    private static final String TOKEN = "admin-secret-1";
    private static final byte[] CHAT = "{\"question\":\"中欧班列谁牵头？\"}".getBytes(StandardCharsets.UTF_8);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0, 0),
                new Uploads(TOKEN, Uploads.disabled().intake()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_ask_without_caches_when_the_admin_sends_the_header() throws Exception {
        Map<String, String> headers = Map.of("Content-Type", "application/json", "X-PolicyGraph-No-Cache", "1",
                "Authorization", "Bearer " + TOKEN);

        assertThat(server.post("/api/chat", headers, CHAT).statusCode()).isEqualTo(200);
        assertThat(server.asker.lastOptions.useCaches()).isFalse();
        assertThat(server.post("/api/chat/stream", headers, CHAT).statusCode()).isEqualTo(200);
        assertThat(server.asker.lastOptions.useCaches()).isFalse();
    }

    @Test
    void should_ask_with_caches_without_the_header() throws Exception {
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Authorization", "Bearer " + TOKEN);

        assertThat(server.post("/api/chat", headers, CHAT).statusCode()).isEqualTo(200);
        assertThat(server.asker.lastOptions.useCaches()).isTrue();
    }

    @Test
    void should_refuse_the_header_without_the_admin_token_with_401() throws Exception {
        assertError(server.post("/api/chat", Map.of("Content-Type", "application/json",
                "X-PolicyGraph-No-Cache", "1"), CHAT), 401, "unauthorized");
        assertError(server.post("/api/chat", Map.of("Content-Type", "application/json",
                "X-PolicyGraph-No-Cache", "1", "Authorization", "Bearer wrong"), CHAT), 401, "unauthorized");
    }
}
