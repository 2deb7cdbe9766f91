package org.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.Config;

class SelfLoopTest {
    @Test
    void should_refuse_a_model_url_that_is_this_server_s_own_v1() {
        Config config = Config.fromMap(Map.of("PA_PORT", "7171", "PA_LLM_BASE_URL", "http://localhost:7171/v1"));

        assertThatThrownBy(() -> SelfLoop.refuse(config)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PA_LLM_BASE_URL");
    }

    @Test
    void should_see_loopback_names_and_addresses_of_this_server_as_itself() {
        assertThat(SelfLoop.pointsAtItself("http://127.0.0.1:7070/v1", "127.0.0.1", 7070)).isTrue();
        assertThat(SelfLoop.pointsAtItself("http://localhost:7070/v1", "0.0.0.0", 7070)).isTrue();
        assertThat(SelfLoop.pointsAtItself("http://[::1]:7070/v1", "127.0.0.1", 7070)).isTrue();
    }

    @Test
    void should_accept_a_model_server_on_another_port_or_host() {
        assertThat(SelfLoop.pointsAtItself("http://127.0.0.1:11434/v1", "127.0.0.1", 7070)).isFalse();
        assertThat(SelfLoop.pointsAtItself("https://api.example.com/v1", "127.0.0.1", 443)).isFalse();
        SelfLoop.refuse(Config.fromMap(Map.of("PA_PORT", "7070")));
    }
}
