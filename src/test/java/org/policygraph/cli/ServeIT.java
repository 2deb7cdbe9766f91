package org.policygraph.cli;

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
import org.policygraph.App;
import org.policygraph.Config;
import org.policygraph.TestGraph;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.web.WebLimits;

class ServeIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_import_the_corpus_answer_health_and_release_the_port_when_stopped() throws Exception {
        int port = TestGraph.freePort();
        Config config = Config.fromMap(Map.of("PA_DATA_DIR", Files.createTempDirectory("serve").toString(),
                "PA_BOLT_PORT", String.valueOf(TestGraph.freePort()), "PA_PORT", String.valueOf(port)));

        try (ServeCommand.Running running = new App().serve(config, CorpusFiles.shipped(), WebLimits.defaults(), false)) {
            HttpResponse<String> health = get(running.baseUrl() + "/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"up\"").contains("\"documents\":48");
        }

        assertThatThrownBy(() -> get("http://127.0.0.1:" + port + "/health")).isInstanceOf(ConnectException.class);
    }

    @Test
    void should_start_from_the_store_when_the_corpus_mark_is_wrong_and_bench_it_after_a_warm_up() throws Exception {
        java.nio.file.Path dataDir = Files.createTempDirectory("serve-mark");
        Config config = Config.fromMap(Map.of("PA_DATA_DIR", dataDir.toString(),
                "PA_BOLT_PORT", String.valueOf(TestGraph.freePort()), "PA_PORT", String.valueOf(TestGraph.freePort())));
        try (ServeCommand.Running first = new App().serve(config, CorpusFiles.shipped(), WebLimits.defaults(), true)) {
            assertThat(get(first.baseUrl() + "/health").statusCode()).isEqualTo(200);
        }
        assertThat(dataDir.resolve("corpus-imported.sha256")).isRegularFile();
        // the store is gone but the mark says the corpus is imported: the start must not trust it
        try (var store = Files.walk(dataDir.resolve("data"))) {
            store.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }

        try (ServeCommand.Running second = new App().serve(config, CorpusFiles.shipped(), WebLimits.defaults(), true)) {
            assertThat(get(second.baseUrl() + "/health").body()).contains("\"documents\":48");

            java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
            BenchCommand bench = new BenchCommand(new App());
            bench.url = second.baseUrl();
            bench.clients = 2;
            bench.requests = 6;
            bench.warmup = 4;
            bench.env = Map.of();
            bench.out = new java.io.PrintStream(report, true, java.nio.charset.StandardCharsets.UTF_8);

            assertThat(bench.call()).isZero();
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toString(
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(json.get("warmupRequests").asInt()).isEqualTo(4);
            assertThat(json.get("answered").asInt()).isEqualTo(6);
            assertThat(json.get("errors").asInt()).isZero();
            assertThat(json.at("/latencyMs/p99").asDouble()).isPositive();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
