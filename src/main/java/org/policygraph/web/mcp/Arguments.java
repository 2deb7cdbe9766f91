package org.policygraph.web.mcp;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tool call's arguments, checked as its input schema says; a missing or malformed one is the JSON-RPC error
 * -32602 (invalid params) that the SDK sends back as such, never a tool failure or a server error. A text longer
 * than the chat question's limit is refused the same way.
 */
final class Arguments {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final String tool;
    private final Map<String, Object> values;
    private final int maxChars;

    Arguments(String tool, Map<String, Object> values, int maxChars) {
        this.tool = tool;
        this.values = values == null ? Map.of() : values;
        this.maxChars = maxChars;
    }

    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw invalid("Missing required argument '" + name + "' of tool " + tool + ".");
        }
        return value;
    }

    String optional(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw invalid("Argument '" + name + "' of tool " + tool + " must be a string.");
        }
        if (text.length() > maxChars) {
            throw invalid("Argument '" + name + "' of tool " + tool + " is longer than " + maxChars + " characters.");
        }
        return text.isBlank() ? null : text.strip();
    }

    String date(String name) {
        String value = optional(name);
        if (value != null && !DATE.matcher(value).matches()) {
            throw invalid("Argument '" + name + "' of tool " + tool + " must be a date YYYY-MM-DD.");
        }
        return value;
    }

    /** A 督办 board state (overdue, behind, due-soon, done, open), or null. */
    String state() {
        String value = optional("state");
        if (value != null && !org.policygraph.graph.read.BoardRow.STATES.contains(value)) {
            throw invalid("Argument 'state' of tool " + tool + " must be one of "
                    + String.join(", ", org.policygraph.graph.read.BoardRow.STATES) + ".");
        }
        return value;
    }

    int limit(int fallback, int max) {
        Object value = values.get("limit");
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.intValue() < 1 || number.intValue() > max) {
            throw invalid("Argument 'limit' of tool " + tool + " must be an integer from 1 to " + max + ".");
        }
        return number.intValue();
    }

    static McpError invalid(String message) {
        return McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message(message).build();
    }
}
