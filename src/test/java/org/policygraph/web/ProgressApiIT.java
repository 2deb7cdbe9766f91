package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.ProgressBoard;
import org.policygraph.graph.read.ToolQueries;
import org.policygraph.progress.ProgressFixtures;

/** GET /api/progress over the store holding the gazette and the June reports. */
class ProgressApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;
    private static ToolQueries tools;

    @BeforeAll
    static void start() {
        tools = new ToolQueries(ProgressFixtures.importedStore());
        server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0, 0), tools);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_list_a_units_tasks_with_deadline_latest_progress_and_status_matching_the_graph() throws Exception {
        HttpResponse<String> response = server.get("/api/progress?unit=" + TestServer.encode("市政务办")
                + "&asOf=2017-07-15");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        long expected = new ProgressBoard(ProgressFixtures.importedStore()).reported(LocalDate.of(2017, 7, 15)).stream()
                .filter(i -> i.leads().contains("市政务办") || i.units().contains("市政务办")).count();
        assertThat(body.get("asOf").asText()).isEqualTo("2017-07-15");
        assertThat(body.get("count").asInt()).isEqualTo(expected).isGreaterThanOrEqualTo(12);
        JsonNode hall = null;
        for (JsonNode task : body.get("tasks")) {
            if ("三/（二）/7".equals(task.get("section").asText())) {
                hall = task;
            }
        }
        assertThat(hall).isNotNull();
        assertThat(hall.get("deadlineText").asText()).isEqualTo("2017年7月底前");
        assertThat(hall.get("status").asText()).isEqualTo("on-track");
        assertThat(hall.get("percent").asDouble()).isEqualTo(80.0);
        assertThat(hall.get("dueSoon").asBoolean()).isTrue();
    }

    @Test
    void should_refuse_an_as_of_that_is_no_date() throws Exception {
        HttpResponse<String> response = server.get("/api/progress?asOf=June");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("bad_date");
    }
}
