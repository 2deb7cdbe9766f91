package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.ToolQueries;
import org.policygraph.progress.ProgressFixtures;

/**
 * The 督办 board over the store holding the progress fixtures: its filters agree with Cypher counts on the graph,
 * the XLSX export holds the same rows, and the MCP tool progress_board gives the same tasks.
 */
class ProgressBoardIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0, 0), new ToolQueries(ProgressFixtures.importedStore()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_list_the_tasks_a_leader_is_in_charge_of_with_the_count_the_graph_gives() throws Exception {
        JsonNode all = board("leader=" + TestServer.encode("俞悦") + "&asOf=2024-07-15");
        JsonNode behind = board("leader=" + TestServer.encode("俞悦") + "&state=behind&asOf=2024-07-15");

        assertThat(all.get("count").asLong()).isEqualTo(BoardCounts.ofLeader("俞悦", "2024-07-15")).isEqualTo(2);
        assertThat(all.get("facets").get("leaders").toString()).contains("陆明", "俞悦");
        assertThat(behind.get("count").asInt()).isEqualTo(1);
        JsonNode college = behind.get("tasks").get(0);
        assertThat(college.get("task").asText()).contains("芜职院");
        assertThat(college.get("leaders").toString()).contains("陆明", "俞悦");
        assertThat(college.get("statusText").asText()).isEqualTo("进度滞后");
        assertThat(college.get("percent").asDouble()).isEqualTo(40.0);
        assertThat(college.get("reportedAsOf").asText()).isEqualTo("2024-06-30");
    }

    @Test
    void should_flag_overdue_tasks_as_the_graph_counts_them() throws Exception {
        JsonNode overdue = board("unit=" + TestServer.encode("市人社局") + "&state=overdue&asOf=2017-07-15");

        assertThat(overdue.get("count").asLong()).isEqualTo(BoardCounts.overdue("市人社局", "2017-07-15"))
                .isGreaterThanOrEqualTo(1);
        for (JsonNode task : overdue.get("tasks")) {
            assertThat(task.get("deadline").asText()).isLessThan("2017-07-15");
            assertThat(task.get("status").asText()).isNotEqualTo("done");
        }
        assertThat(overdue.get("tasks").get(0).get("title").asText() + overdue.get("tasks").get(0).get("task").asText())
                .contains("社会保险费征缴");
    }

    @Test
    void should_export_the_same_rows_as_a_workbook_excel_opens() throws Exception {
        String query = "unit=" + TestServer.encode("市政务办") + "&asOf=2017-07-15";
        JsonNode body = board(query);

        HttpResponse<byte[]> response = server.getBytes("/api/progress.xlsx?" + query);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(sheet.getSheetName()).contains("2017-07-15");
            assertThat(sheet.getLastRowNum()).isEqualTo(body.get("count").asInt());
            Row header = sheet.getRow(0);
            assertThat(cells.formatCellValue(header.getCell(1))).isEqualTo("督办状态");
            List<String> tasks = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                tasks.add(cells.formatCellValue(sheet.getRow(r).getCell(5)));
            }
            List<String> expected = new ArrayList<>();
            body.get("tasks").forEach(t -> expected.add(t.get("notInPlan").asBoolean() ? t.get("task").asText()
                    : t.get("title").asText()));
            assertThat(tasks).containsExactlyElementsOf(expected);
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(6))).contains("市政务办");
        }
    }

    @Test
    void should_give_the_same_rows_through_the_mcp_tool() throws Exception {
        JsonNode body = board("unit=" + TestServer.encode("市政务办") + "&asOf=2017-07-15");
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.url(""))
                .endpoint("/mcp").build()).requestTimeout(Duration.ofSeconds(30)).build();
        try {
            client.initialize();
            CallToolResult result = client.callTool(new CallToolRequest("progress_board",
                    Map.of("unit", "市政务办", "asOf", "2017-07-15")));

            assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
            Map<?, ?> content = (Map<?, ?>) result.structuredContent();
            assertThat(content.get("asOf")).isEqualTo("2017-07-15");
            List<Object> ids = ((List<?>) content.get("tasks")).stream().map(t -> ((Map<?, ?>) t).get("taskId"))
                    .map(Object.class::cast).toList();
            List<Object> expected = new ArrayList<>();
            body.get("tasks").forEach(t -> expected.add(t.get("taskId").asText()));
            assertThat(ids).containsExactlyElementsOf(expected);
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void should_refuse_a_state_the_board_does_not_have() throws Exception {
        HttpResponse<String> response = server.get("/api/progress?state=late");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("bad_state");
    }

    private static JsonNode board(String query) throws Exception {
        HttpResponse<String> response = server.get("/api/progress?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
