package org.policygraph.web.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import java.io.IOException;
import org.policygraph.web.ApiException;
import org.policygraph.web.WebMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /mcp: the MCP Streamable HTTP endpoint, stateless (every POST carries one JSON-RPC message and gets its answer
 * as JSON; no session, no server-initiated stream, so GET and DELETE are 405). The SDK's servlet handles the POST
 * inside a Javalin route, so the server's token, Origin check, rate limit, metrics and error handling apply to it.
 * A body that is no single JSON-RPC message is refused here ({@link JsonRpcBody}); an error the SDK answers is
 * passed on as {"code","message"} only, the message of an internal error replaced by ours (the SDK logs it).
 */
public final class McpRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(McpRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INTERNAL_ERROR = -32603;
    private final HttpServletStatelessServerTransport transport;
    private final int maxBodyBytes;

    /** {@code maxArgumentChars}: the longest text argument (the chat question's limit); {@code maxBodyBytes} the body's. */
    public McpRoutes(PolicyTools tools, int maxArgumentChars, int maxBodyBytes) {
        this.transport = McpServers.http(tools, maxArgumentChars);
        this.maxBodyBytes = maxBodyBytes;
    }

    public void register(RoutesConfig routes) {
        routes.post("/mcp", this::post);
        routes.get("/mcp", ctx -> {
            ctx.header("Allow", "POST");
            throw new ApiException(405, "method_not_allowed", "This MCP server is stateless: POST JSON-RPC messages to /mcp.");
        });
        routes.delete("/mcp", ctx -> {
            throw new ApiException(405, "method_not_allowed", "This MCP server keeps no sessions to delete.");
        });
    }

    private void post(Context ctx) throws Exception {
        byte[] body = ctx.contentLength() > maxBodyBytes ? new byte[maxBodyBytes + 1] : ctx.bodyAsBytes();
        JsonNode message;
        try {
            message = JsonRpcBody.read(ctx.contentType(), ctx.header("Accept"), body, maxBodyBytes);
        } catch (JsonRpcRefusal refusal) {
            refuse(ctx, refusal);
            return;
        }
        BufferedExchange.Response response = new BufferedExchange.Response(ctx.res());
        transport.service(BufferedExchange.request(ctx.req(), body), response);
        answer(ctx, message.get("id"), response);
    }

    private void answer(Context ctx, JsonNode id, BufferedExchange.Response response) throws IOException {
        byte[] body = response.body();
        JsonNode answer = body.length == 0 ? null : readOrNull(body);
        JsonNode error = answer == null ? null : answer.get("error");
        if (error == null && response.status() < 400) {
            ctx.status(response.status());
            if (body.length > 0) {
                ctx.contentType("application/json").result(body);
            }
            return;
        }
        int code = error == null ? INTERNAL_ERROR : error.path("code").asInt(INTERNAL_ERROR);
        String message = code == INTERNAL_ERROR ? "Internal error; the server log has the details."
                : error.path("message").asText("Error");
        if (code == INTERNAL_ERROR) {
            LOG.warn("MCP request {} failed with an internal error (status {})", id, response.status());
        }
        JsonNode answerId = answer != null && answer.has("id") ? answer.get("id") : id;
        ctx.attribute(WebMetrics.ERROR_CODE, "jsonrpc_" + Math.abs(code));
        ctx.status(response.status() >= 400 ? response.status() : 200).contentType("application/json")
                .result(JSON.writeValueAsBytes(JsonRpcRefusal.body(answerId, code, message)));
    }

    private static void refuse(Context ctx, JsonRpcRefusal refusal) throws IOException {
        ctx.attribute(WebMetrics.ERROR_CODE, refusal.metricCode());
        ctx.status(refusal.httpStatus()).contentType("application/json").result(JSON.writeValueAsBytes(refusal.body()));
    }

    private static JsonNode readOrNull(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
