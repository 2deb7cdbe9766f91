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
        return WebLimits.defaults().withRate(config.rateLimit(), config.rateBurst());
    }
}
