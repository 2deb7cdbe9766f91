package org.policygraph.web.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The checks a /mcp POST passes before the MCP SDK reads it: JSON content, an Accept that takes JSON and event
 * streams (as the Streamable HTTP transport asks), a body within the size limit that is one JSON-RPC 2.0 message
 * (an object with "jsonrpc":"2.0" and a method or a result; no batch, nothing after it). Anything else is a
 * {@link JsonRpcRefusal}.
 */
final class JsonRpcBody {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRpcBody() {
    }

    static JsonNode read(String contentType, String accept, byte[] body, int maxBytes) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new JsonRpcRefusal(415, JsonRpcRefusal.INVALID_REQUEST,
                    "Invalid request: send the message as Content-Type: application/json.", null);
        }
        if (accept == null || !accept.contains("application/json") || !accept.contains("text/event-stream")) {
            throw new JsonRpcRefusal(400, JsonRpcRefusal.INVALID_REQUEST,
                    "Invalid request: send Accept: application/json, text/event-stream.", null);
        }
        if (body.length > maxBytes) {
            throw new JsonRpcRefusal(413, JsonRpcRefusal.INVALID_REQUEST,
                    "Invalid request: the body is over " + maxBytes + " bytes.", null);
        }
        return message(parse(body));
    }

    private static JsonNode parse(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new JsonRpcRefusal(400, JsonRpcRefusal.PARSE_ERROR, "Parse error: the body is empty.", null);
            }
            return node;
        } catch (CharacterCodingException e) {
            throw new JsonRpcRefusal(400, JsonRpcRefusal.PARSE_ERROR, "Parse error: the body is not UTF-8.", null);
        } catch (JsonProcessingException e) {
            throw new JsonRpcRefusal(400, JsonRpcRefusal.PARSE_ERROR,
                    "Parse error: the body is not one complete JSON value.", null);
        }
    }

    private static JsonNode message(JsonNode node) {
        if (node.isArray()) {
            throw new JsonRpcRefusal(400, JsonRpcRefusal.INVALID_REQUEST,
                    "Invalid request: batches are not accepted; send one JSON-RPC message per POST.", null);
        }
        if (!node.isObject()) {
            throw new JsonRpcRefusal(400, JsonRpcRefusal.INVALID_REQUEST,
                    "Invalid request: the body must be a JSON-RPC message object.", null);
        }
        JsonNode id = node.get("id");
        if (!"2.0".equals(node.path("jsonrpc").asText(null)) || !node.path("jsonrpc").isTextual()) {
            throw new JsonRpcRefusal(400, JsonRpcRefusal.INVALID_REQUEST, "Invalid request: \"jsonrpc\" must be \"2.0\".", id);
        }
        if (id != null && !(id.isTextual() || id.isIntegralNumber() || id.isNull())) {
            throw new JsonRpcRefusal(400, JsonRpcRefusal.INVALID_REQUEST, "Invalid request: \"id\" must be a string or an integer.", null);
        }
        boolean response = node.has("result") || node.has("error");
        if (!response && !node.path("method").isTextual()) {
            throw new JsonRpcRefusal(400, JsonRpcRefusal.INVALID_REQUEST, "Invalid request: \"method\" must be a string.", id);
        }
        if (node.has("params") && !node.get("params").isObject()) {
            throw new JsonRpcRefusal(400, JsonRpcRefusal.INVALID_PARAMS, "Invalid params: \"params\" must be an object.", id);
        }
        return node;
    }
}
