package org.policygraph.web.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;

/** /mcp on the real product, through the official MCP Java SDK client over Streamable HTTP. */
class McpServerIT {
    private static McpSyncClient client;

    @BeforeAll
    static void connect() {
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder(TestGraph.product().baseUrl())
                .endpoint("/mcp").build()).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
    }

    @AfterAll
    static void disconnect() {
        client.closeGracefully();
    }

    @Test
    void should_list_the_seven_read_only_tools_with_input_and_output_schemas() {
        List<McpSchema.Tool> tools = client.listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder("ask", "find_tasks",
                "department_chain", "deadlines", "document_outline", "progress_board", "cite");
        assertThat(tools).allSatisfy(tool -> {
            assertThat(tool.inputSchema()).isNotNull();
            assertThat(tool.outputSchema()).containsKey("properties");
            assertThat(tool.annotations().readOnlyHint()).isTrue();
        });
    }

    @Test
    void should_answer_ask_with_the_lead_and_a_citation_as_structured_content() {
        CallToolResult result = call("ask", Map.of("question", "中欧班列(郑州)+跨境电商这项工作谁牵头？"));
        Map<String, Object> content = structured(result);

        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
        assertThat((String) content.get("answer")).contains("市口岸办");
        assertThat((List<?>) content.get("citations")).isNotEmpty()
                .first().asString().containsPattern("docNo=.*〔\\d{4}〕\\d+号");
    }

    @Test
    void should_give_the_department_chain_of_the_commerce_bureau_and_leave_the_graph_unchanged() {
        long before = graphSize();

        Map<String, Object> chain = structured(call("department_chain", Map.of("name", "市商务局")));
        Map<String, Object> found = structured(call("find_tasks", Map.of("text", "跨境电商", "department", "市商务局")));
        String firstTask = (String) ((Map<?, ?>) ((List<?>) found.get("tasks")).get(0)).get("id");
        Map<String, Object> clause = structured(call("cite", Map.of("taskId", firstTask)));

        assertThat(((Map<?, ?>) chain.get("department")).get("name")).isEqualTo("市商务局");
        assertThat((List<?>) chain.get("tasks")).isNotEmpty();
        assertThat(((Map<?, ?>) clause.get("citation")).get("quote")).isEqualTo(clause.get("text"));
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void should_list_deadlines_in_a_range_and_outline_a_document_by_number() {
        Map<String, Object> due = structured(call("deadlines", Map.of("from", "2017-01-01", "to", "2017-12-31")));
        Map<String, Object> outline = structured(call("document_outline", Map.of("document", "郑政文〔2017〕44号")));

        assertThat((List<?>) due.get("deadlines")).isNotEmpty().allSatisfy(row ->
                assertThat((String) ((Map<?, ?>) row).get("date")).startsWith("2017-"));
        assertThat(((Map<?, ?>) outline.get("document")).get("docNo")).isEqualTo("郑政文〔2017〕44号");
        assertThat((List<?>) outline.get("sections")).isNotEmpty();
    }

    @Test
    void should_refuse_a_call_missing_a_required_argument_with_json_rpc_invalid_params() {
        assertThatThrownBy(() -> call("department_chain", Map.of())).isInstanceOf(McpError.class)
                .satisfies(e -> assertThat(((McpError) e).getJsonRpcError().code())
                        .isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> call("deadlines", Map.of("from", "next week"))).isInstanceOf(McpError.class);
        assertThatThrownBy(() -> call("no_such_tool", Map.of())).isInstanceOf(McpError.class);
    }

    @Test
    void should_find_tasks_for_a_text_of_five_thousand_characters_like_for_its_beginning() {
        String text = "跨境电商" + "推进中欧班列开放平台建设".repeat(500).substring(0, 4_996);

        Map<String, Object> found = structured(call("find_tasks", Map.of("text", text)));

        assertThat(text).hasSize(5_000);
        assertThat((List<?>) found.get("tasks")).isNotEmpty();
    }

    @Test
    void should_report_an_unknown_department_as_a_tool_error() {
        CallToolResult result = call("department_chain", Map.of("name", "不存在的局"));

        assertThat(result.isError()).isTrue();
        assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains("不存在的局");
    }

    @Test
    void should_offer_the_document_list_as_a_resource() {
        McpSchema.ReadResourceResult read = client.readResource(new McpSchema.ReadResourceRequest(
                "policygraph://documents"));

        assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
                .contains("policygraph://documents");
        assertThat(((McpSchema.TextResourceContents) read.contents().get(0)).text()).contains("郑政文〔2017〕44号");
    }

    @Test
    void should_refuse_a_browser_page_of_another_origin_with_a_json_403() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestGraph.product().baseUrl() + "/mcp")).header("Origin", "http://evil.example")
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"forbidden_origin\"");
    }

    private static CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new CallToolRequest(tool, arguments));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        assertThat(result.structuredContent()).as("structured content of %s", result).isInstanceOf(Map.class);
        return (Map<String, Object>) result.structuredContent();
    }

    private static long graphSize() {
        return TestGraph.corpus().driver().executableQuery(
                "MATCH (n) RETURN count(n) + COUNT { ()-[]->() } AS size").execute().records().get(0).get("size").asLong();
    }
}
