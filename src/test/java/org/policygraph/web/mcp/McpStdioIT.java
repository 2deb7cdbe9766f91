package org.policygraph.web.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;
import org.policygraph.graph.read.ExplorerQueries;
import org.policygraph.graph.read.ToolQueries;

/** The stdio server the mcp command runs, spoken to line by line in JSON-RPC as an agent's client does. */
class McpStdioIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_initialise_list_tools_and_answer_ask_with_only_protocol_lines_on_its_output() throws Exception {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedInputStream fromServer = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);
        var store = TestGraph.corpus();
        McpSyncServer server = McpServers.stdio(new PolicyTools(TestGraph.asker(), new ExplorerQueries(store),
                new ToolQueries(store)), serverIn, serverOut);
        BufferedReader out = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8));
        try {
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
            JsonNode initialized = JSON.readTree(out.readLine());
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
            JsonNode tools = JSON.readTree(out.readLine());
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\","
                    + "\"arguments\":{\"question\":\"中欧班列(郑州)+跨境电商这项工作谁牵头？\"}}}");
            JsonNode asked = JSON.readTree(out.readLine());
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"cite\","
                    + "\"arguments\":{}}}");
            JsonNode refused = JSON.readTree(out.readLine());

            assertThat(initialized.at("/result/serverInfo/name").asText()).isEqualTo("policygraph");
            assertThat(tools.at("/result/tools")).hasSize(7);
            assertThat(asked.at("/result/structuredContent/answer").asText()).contains("市口岸办");
            assertThat(asked.at("/result/structuredContent/citations/0/docNo").asText()).contains("号");
            assertThat(refused.at("/error/code").asInt()).isEqualTo(-32602);
        } finally {
            server.closeGracefully();
        }
    }

    private static void send(PipedOutputStream toServer, String line) throws Exception {
        toServer.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        toServer.flush();
    }
}
