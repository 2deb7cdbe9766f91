package org.policygraph.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import org.policygraph.web.ApiException;

/**
 * The sampling parameters of OpenAI's chat completions request, checked as OpenAI checks them (type and range, 400
 * {@code invalid_type} / {@code invalid_value} naming the parameter) and then ignored, as the answers are read from
 * the graph, not sampled; except {@code n}: only one choice is ever given, so any other count is refused rather than
 * silently answered with one.
 */
final class CompletionParameters {
    private CompletionParameters() {
    }

    static void check(JsonNode root) {
        number(root, "temperature", 0, 2);
        number(root, "top_p", 0, 1);
        number(root, "presence_penalty", -2, 2);
        number(root, "frequency_penalty", -2, 2);
        integer(root, "max_tokens", 1);
        integer(root, "max_completion_tokens", 1);
        integer(root, "n", 1);
        if (present(root, "n") && root.get("n").asInt() != 1) {
            throw invalid("invalid_value", "Only n=1 is supported: one answer is given per question.", "n");
        }
        JsonNode stream = root.get("stream");
        if (stream != null && !stream.isNull() && !stream.isBoolean()) {
            throw invalid("invalid_type", "Invalid type for 'stream': expected a boolean.", "stream");
        }
        JsonNode stop = root.get("stop");
        if (stop != null && !stop.isNull() && !stop.isTextual() && !stop.isArray()) {
            throw invalid("invalid_type", "Invalid type for 'stop': expected a string or an array of strings.", "stop");
        }
    }

    private static void number(JsonNode root, String name, double min, double max) {
        if (!present(root, name)) {
            return;
        }
        JsonNode value = root.get(name);
        if (!value.isNumber()) {
            throw invalid("invalid_type", "Invalid type for '" + name + "': expected a number.", name);
        }
        if (value.asDouble() < min || value.asDouble() > max) {
            throw invalid("invalid_value", "'" + name + "' must be from " + min + " to " + max + ".", name);
        }
    }

    private static void integer(JsonNode root, String name, int min) {
        if (!present(root, name)) {
            return;
        }
        JsonNode value = root.get(name);
        if (!value.isIntegralNumber()) {
            throw invalid("invalid_type", "Invalid type for '" + name + "': expected an integer.", name);
        }
        if (value.asLong() < min) {
            throw invalid("invalid_value", "'" + name + "' must be at least " + min + ".", name);
        }
    }

    private static boolean present(JsonNode root, String name) {
        return root.has(name) && !root.get(name).isNull();
    }

    private static ApiException invalid(String code, String message, String param) {
        return new ApiException(400, code, message, param);
    }
}
