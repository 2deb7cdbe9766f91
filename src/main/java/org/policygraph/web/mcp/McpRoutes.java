package org.policygraph.web.mcp;

import io.javalin.config.RoutesConfig;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import org.policygraph.web.ApiException;

/**
 * /mcp: the MCP Streamable HTTP endpoint, stateless (every POST carries one JSON-RPC message and gets its answer
 * as JSON; no session, no server-initiated stream, so GET and DELETE are 405). The SDK's servlet handles the POST
 * inside a Javalin route, so the server's token, Origin check, rate limit, metrics and error handling apply to it.
 */
public final class McpRoutes {
    private final HttpServletStatelessServerTransport transport;

    public McpRoutes(PolicyTools tools) {
        this.transport = McpServers.http(tools);
    }

    public void register(RoutesConfig routes) {
        routes.post("/mcp", ctx -> transport.service(ctx.req(), ctx.res()));
        routes.get("/mcp", ctx -> {
            ctx.header("Allow", "POST");
            throw new ApiException(405, "method_not_allowed", "This MCP server is stateless: POST JSON-RPC messages to /mcp.");
        });
        routes.delete("/mcp", ctx -> {
            throw new ApiException(405, "method_not_allowed", "This MCP server keeps no sessions to delete.");
        });
    }
}
