package org.policygraph.cli;

import org.policygraph.TestGraph;
import org.policygraph.Config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.web.WebLimits;

class ServeIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_import_the_corpus_answer_health_and_release_the_port_when_stopped() throws Exception {
        int port = TestGraph.freePort();
        Config config = Config.fromMap(Map.of("PA_DATA_DIR", Files.createTempDirectory("serve").toString(),
                "PA_BOLT_PORT", String.valueOf(TestGraph.freePort()), "PA_PORT", String.valueOf(port)));

        try (ServeCommand.Running running = ServeCommand.startInProcess(config, WebLimits.defaults(), false)) {
            HttpResponse<String> health = get(running.baseUrl() + "/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"up\"").contains("\"documents\":48");
        }

        assertThatThrownBy(() -> get("http://127.0.0.1:" + port + "/health")).isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
