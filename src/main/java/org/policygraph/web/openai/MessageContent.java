package org.policygraph.web.openai;

import com.fasterxml.jackson.databind.JsonNode;

/** The text of a message's content: a string, or an array of parts whose "text" parts are joined (images ignored). */
final class MessageContent {
    private MessageContent() {
    }

    static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText().strip();
        }
        if (!content.isArray()) {
            throw CompletionRequest.invalid("invalid_content", "content must be a string or an array of parts.",
                    "messages");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if ("text".equals(part.path("type").asText()) && part.hasNonNull("text")) {
                text.append(text.isEmpty() ? "" : "\n").append(part.get("text").asText());
            }
        }
        return text.toString().strip();
    }
}
