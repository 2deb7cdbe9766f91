package org.policygraph.web.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.policygraph.ask.QuestionText;
import org.policygraph.web.ApiException;
import org.policygraph.web.JsonBody;

/**
 * A validated POST /v1/chat/completions body: the model, the user questions of the history in order (the last is
 * the one to answer; system and assistant messages carry nothing the graph answers from) and whether to stream.
 */
record CompletionRequest(String model, List<String> questions, boolean stream, int promptChars) {
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

    static CompletionRequest parse(String contentType, byte[] body, Set<String> models, int maxQuestionChars) {
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "Send the request as application/json.");
        }
        JsonNode root = JsonBody.object(body);
        String model = root.path("model").asText("");
        if (model.isBlank()) {
            throw invalid("missing_model", "You must provide a model parameter.", "model");
        }
        if (!models.contains(model)) {
            throw new ApiException(404, "model_not_found", "The model '" + model + "' does not exist; GET /v1/models "
                    + "lists " + String.join(", ", models) + ".", "model");
        }
        CompletionParameters.check(root);
        List<String> questions = questions(root.get("messages"), maxQuestionChars);
        return new CompletionRequest(model, questions, root.path("stream").asBoolean(false), body.length);
    }

    String question() {
        return questions.get(questions.size() - 1);
    }

    private static List<String> questions(JsonNode messages, int maxQuestionChars) {
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw invalid("empty_messages", "messages must be a non-empty array of {role, content}.", "messages");
        }
        List<String> questions = new ArrayList<>();
        String lastRole = null;
        for (JsonNode message : messages) {
            lastRole = message.path("role").asText("");
            if (!ROLES.contains(lastRole)) {
                throw invalid("invalid_role", "Unknown message role '" + lastRole + "'.", "messages");
            }
            if (lastRole.equals("user")) {
                questions.add(QuestionText.normalise(MessageContent.text(message.get("content"))));
            }
        }
        if (!"user".equals(lastRole) || questions.get(questions.size() - 1).isBlank()) {
            throw invalid("empty_question", "The last message must be a user message with text.", "messages");
        }
        if (questions.get(questions.size() - 1).length() > maxQuestionChars) {
            throw new ApiException(413, "question_too_long",
                    "The question is longer than " + maxQuestionChars + " characters.", "messages");
        }
        return questions;
    }

    static ApiException invalid(String code, String message, String param) {
        return new ApiException(400, code, message, param);
    }
}
