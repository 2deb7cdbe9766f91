package org.policygraph.web.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import io.modelcontextprotocol.spec.McpError;
import org.policygraph.graph.StoreOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.policygraph.web.WebLimits;

/** The MCP server over the policy tools, on Streamable HTTP (stateless, for /mcp) or on stdin/stdout. */
public final class McpServers {
    static final String DOCUMENTS_URI = "policygraph://documents";
    /** JSON-RPC's range -32000 to -32099 is the server's own: this one says the store is away. */
    static final int STORE_UNAVAILABLE = -32000;
    private static final Logger LOG = LoggerFactory.getLogger(McpServers.class);
    private static final String NAME = "policygraph";
    private static final String VERSION = "0.1.0";
    private static final String INSTRUCTIONS = "Read-only tools over a graph of Chinese government work plans: "
            + "tasks, lead and supporting departments, deadlines and targets, every result with its citation.";
    private static final McpSchema.ServerCapabilities CAPABILITIES = McpSchema.ServerCapabilities.builder()
            .tools(false).resources(false, false).build();

    private McpServers() {
    }

    /** The servlet transport whose POSTs the /mcp route hands over; the server built on it answers through it. */
    static HttpServletStatelessServerTransport http(PolicyTools tools, int maxArgumentChars) {
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        HttpServletStatelessServerTransport transport = HttpServletStatelessServerTransport.builder()
                .jsonMapper(mapper).messageEndpoint("/mcp").build();
        McpServer.sync(transport).serverInfo(NAME, VERSION).instructions(INSTRUCTIONS)
                .capabilities(CAPABILITIES).validateToolInputs(false)
                .tools(tools.all().stream().map(t -> new McpStatelessServerFeatures.SyncToolSpecification(t.tool(),
                        (context, request) -> call(t, new Arguments(t.tool().name(), request.arguments(), maxArgumentChars))))
                        .toList())
                .resources(List.of(new McpStatelessServerFeatures.SyncResourceSpecification(documents(),
                        (context, request) -> read(tools))))
                .build();
        return transport;
    }

    /** A server on the given streams (System.in / System.out for the mcp command); close it to stop. */
    public static McpSyncServer stdio(PolicyTools tools, InputStream in, OutputStream out) {
        StdioServerTransportProvider transport = new StdioServerTransportProvider(McpJsonDefaults.getMapper(), in, out);
        return McpServer.sync(transport).serverInfo(NAME, VERSION).instructions(INSTRUCTIONS)
                .capabilities(CAPABILITIES).validateToolInputs(false)
                .tools(tools.all().stream().map(t -> new McpServerFeatures.SyncToolSpecification(t.tool(),
                        (exchange, request) -> call(t, new Arguments(t.tool().name(), request.arguments(),
                                WebLimits.defaults().maxQuestionChars()))))
                        .toList())
                .resources(List.of(new McpServerFeatures.SyncResourceSpecification(documents(),
                        (exchange, request) -> read(tools))))
                .build();
    }

    /**
     * A store that is away or too slow is the JSON-RPC server error -32000 with a message saying to retry, as /api
     * answers 503 store_unavailable; anything else unexpected stays -32603 (its details in the log).
     */
    private static McpSchema.CallToolResult call(PolicyTools.PolicyTool tool, Arguments arguments) {
        try {
            return tool.call().apply(arguments);
        } catch (McpError e) {
            throw e;
        } catch (RuntimeException e) {
            if (StoreOutage.causedBy(e)) {
                LOG.warn("Tool {}: the graph store is unavailable: {}", tool.tool().name(), e.toString());
                throw McpError.builder(STORE_UNAVAILABLE)
                        .message("The graph store is unavailable or too slow; try again shortly.").build();
            }
            throw e;
        }
    }

    private static McpSchema.Resource documents() {
        return McpSchema.Resource.builder().uri(DOCUMENTS_URI).name("documents").title("The documents in the graph")
                .description("Every document with its number, title, issuer, date and task and target counts")
                .mimeType("application/json").build();
    }

    private static McpSchema.ReadResourceResult read(PolicyTools tools) {
        return new McpSchema.ReadResourceResult(List.of(
                new McpSchema.TextResourceContents(DOCUMENTS_URI, "application/json", tools.documentsJson())));
    }
}
