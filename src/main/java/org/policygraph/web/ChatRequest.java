package org.policygraph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A validated chat request: a non-empty question within the length limit and an optional conversation id. */
record ChatRequest(String question, String conversationId) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Reads a JSON body {"question","conversationId?"}. */
    static ChatRequest fromJsonBody(Context ctx, WebLimits limits) {
        requireJson(ctx);
        if (ctx.contentLength() > limits.maxBodyBytes()) {
            throw new ApiException(413, "payload_too_large", "Request body over " + limits.maxBodyBytes() + " bytes.");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > limits.maxBodyBytes()) {
            throw new ApiException(413, "payload_too_large", "Request body over " + limits.maxBodyBytes() + " bytes.");
        }
        JsonNode body = parse(bytes);
        return of(text(body, "question"), text(body, "conversationId"), limits);
    }

    /** Reads query parameters ?q= (or ?question=) and ?conversationId=, for EventSource clients. */
    static ChatRequest fromQuery(Context ctx, WebLimits limits) {
        String question = ctx.queryParam("q") != null ? ctx.queryParam("q") : ctx.queryParam("question");
        return of(question, ctx.queryParam("conversationId"), limits);
    }

    static ChatRequest of(String question, String conversationId, WebLimits limits) {
        String trimmed = question == null ? "" : question.strip();
        if (trimmed.isEmpty()) {
            throw ApiException.badRequest("empty_question", "The question is empty.");
        }
        if (trimmed.length() > limits.maxQuestionChars()) {
            throw new ApiException(413, "question_too_long",
                    "The question is longer than " + limits.maxQuestionChars() + " characters.");
        }
        String conversation = conversationId == null || conversationId.isBlank() ? null : conversationId.strip();
        if (conversation != null && !CONVERSATION_ID.matcher(conversation).matches()) {
            throw ApiException.badRequest("bad_conversation_id", "conversationId must be 1-64 letters, digits, - or _.");
        }
        return new ChatRequest(trimmed, conversation);
    }

    private static void requireJson(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "Send the request as application/json.");
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("malformed_json", "The body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed_json", "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("malformed_json", "Field " + field + " must be a string.");
        }
        return value.asText();
    }
}
