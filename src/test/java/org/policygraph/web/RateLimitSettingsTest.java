package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policygraph.web.ChatApiTest.assertError;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.Config;

/** PA_RATE_LIMIT and PA_RATE_BURST as serve reads them, and what they do to real requests. */
class RateLimitSettingsTest {
    private static final String CHAT = "{\"question\":\"中欧班列谁牵头？\"}";

    @Test
    void should_default_to_20_a_second_in_bursts_of_60() {
        Config config = Config.fromMap(Map.of());

        assertThat(config.rateLimit()).isEqualTo(20);
        assertThat(config.rateBurst()).isEqualTo(60);
        assertThat(limits(config)).isEqualTo(WebLimits.defaults());
    }

    @Test
    void should_refuse_the_request_after_the_burst_with_429_and_count_it() throws Exception {
        Config config = Config.fromMap(Map.of("PA_RATE_LIMIT", "0.01", "PA_RATE_BURST", "3"));

        try (TestServer server = new TestServer(limits(config))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(server.postJson("/api/chat", CHAT).statusCode());
            }
            HttpResponse<String> fourth = server.postJson("/api/chat", CHAT);

            assertThat(statuses).containsOnly(200);
            assertError(fourth, 429, "too_many_requests");
            assertThat(fourth.headers().firstValue("Retry-After")).contains("1");
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void should_give_each_client_behind_a_trusted_proxy_its_own_bucket_and_believe_the_header_from_no_one_else()
            throws Exception {
        Config behind = Config.fromMap(Map.of("PA_RATE_LIMIT", "0.01", "PA_RATE_BURST", "2",
                "PA_TRUSTED_PROXIES", "10.9.9.9, 127.0.0.1"));
        Config direct = Config.fromMap(Map.of("PA_RATE_LIMIT", "0.01", "PA_RATE_BURST", "2"));
        Map<String, String> first = Map.of("X-Forwarded-For", "203.0.113.7");
        Map<String, String> second = Map.of("X-Forwarded-For", "198.51.100.2, 10.9.9.9");

        try (TestServer proxied = new TestServer(limits(behind)); TestServer open = new TestServer(limits(direct))) {
            List<Integer> viaProxy = new ArrayList<>();
            List<Integer> spoofed = new ArrayList<>();
            for (Map<String, String> client : List.of(first, first, first, second)) {
                viaProxy.add(proxied.get("/api/documents", client).statusCode());
                spoofed.add(open.get("/api/documents", client).statusCode());
            }

            assertThat(behind.trustedProxies()).containsExactly("10.9.9.9", "127.0.0.1");
            assertThat(viaProxy).as("each client its own bucket").containsExactly(200, 200, 429, 200);
            assertThat(spoofed).as("the header of a client is not believed").containsExactly(200, 200, 429, 429);
        }
    }

    @Test
    void should_turn_the_limit_off_with_a_rate_or_a_burst_of_0() throws Exception {
        for (Map<String, String> env : List.of(Map.of("PA_RATE_LIMIT", "0"), Map.of("PA_RATE_BURST", "0"))) {
            try (TestServer server = new TestServer(limits(Config.fromMap(env)))) {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 80; i++) {
                    statuses.add(server.postJson("/api/chat", CHAT).statusCode());
                }

                assertThat(statuses).as("%s", env).containsOnly(200);
            }
        }
    }

    @Test
    void should_refuse_to_start_on_a_rate_that_is_no_number_or_below_0() {
        assertThatThrownBy(() -> Config.fromMap(Map.of("PA_RATE_LIMIT", "fast")))
                .hasMessageContaining("PA_RATE_LIMIT");
        assertThatThrownBy(() -> Config.fromMap(Map.of("PA_RATE_BURST", "-1")))
                .hasMessageContaining("PA_RATE_BURST");
        assertThatThrownBy(() -> Config.fromMap(Map.of("PA_CACHE", "maybe"))).hasMessageContaining("PA_CACHE");
    }

    /** As serve builds them. */
    private static WebLimits limits(Config config) {
        return WebLimits.defaults().withRate(config.rateLimit(), config.rateBurst())
                .withTrustedProxies(config.trustedProxies());
    }
}
