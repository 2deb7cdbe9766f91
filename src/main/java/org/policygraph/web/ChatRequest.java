package org.policygraph.web;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.policygraph.ask.QuestionText;

/**
 * A validated chat request: a question normalised by {@link QuestionText}, non-empty and within the length limit,
 * and an optional conversation id.
 */
record ChatRequest(String question, String conversationId) {
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
        JsonNode body = JsonBody.object(bytes);
        return of(text(body, "question"), text(body, "conversationId"), limits);
    }

    /** Reads query parameters ?q= (or ?question=) and ?conversationId=, for EventSource clients. */
    static ChatRequest fromQuery(Context ctx, WebLimits limits) {
        String question = ctx.queryParam("q") != null ? ctx.queryParam("q") : ctx.queryParam("question");
        return of(question, ctx.queryParam("conversationId"), limits);
    }

    static ChatRequest of(String question, String conversationId, WebLimits limits) {
        String trimmed = QuestionText.normalise(question);
        if (trimmed.isEmpty()) {
            throw ApiException.badRequest("empty_question", question == null || question.isEmpty()
                    ? "The question is empty." : "The question has no visible characters.");
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
