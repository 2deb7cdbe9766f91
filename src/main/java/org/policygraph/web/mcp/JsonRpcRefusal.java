package org.policygraph.web.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A /mcp request refused before the MCP server sees it, as JSON-RPC says: -32700 (not JSON), -32600 (not one valid
 * request: a batch, no method, a wrong header, a body too large) or -32602 (invalid params); the HTTP status says
 * the same to clients that read only that. The message is ours and short; no library text, no stack trace.
 */
final class JsonRpcRefusal extends RuntimeException {
    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int INVALID_PARAMS = -32602;
    private static final int MAX_MESSAGE_CHARS = 300;

    private final int httpStatus;
    private final int code;
    private final transient JsonNode id;

    JsonRpcRefusal(int httpStatus, int code, String message, JsonNode id) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
        this.id = id;
    }

    int httpStatus() {
        return httpStatus;
    }

    /** The name counted in the refusal metrics. */
    String metricCode() {
        return switch (code) {
            case PARSE_ERROR -> "parse_error";
            case INVALID_REQUEST -> "invalid_request";
            case INVALID_PARAMS -> "invalid_params";
            default -> "jsonrpc_" + Math.abs(code);
        };
    }

    /** {"jsonrpc":"2.0","id":…,"error":{"code","message"}}. */
    ObjectNode body() {
        return body(id, code, getMessage());
    }

    static ObjectNode body(JsonNode id, int code, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("jsonrpc", "2.0");
        body.set("id", id == null || !(id.isTextual() || id.isNumber()) ? JsonNodeFactory.instance.nullNode() : id);
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        String text = message == null ? "Error" : message;
        error.put("message", text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) + "…" : text);
        return body;
    }
}
