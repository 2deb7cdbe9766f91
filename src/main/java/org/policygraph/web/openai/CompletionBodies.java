package org.policygraph.web.openai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAI wire objects: a chat.completion, a chat.completion.chunk and the model list. */
final class CompletionBodies {
    private CompletionBodies() {
    }

    static Map<String, Object> completion(String id, long created, String model, String text,
                                          List<Reference> references, int promptChars) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", text);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("logprobs", null);
        choice.put("finish_reason", "stop");
        Map<String, Object> body = head(id, "chat.completion", created, model);
        body.put("choices", List.of(choice));
        body.put("usage", usage(promptChars, text.length()));
        body.put("references", references);
        return body;
    }

    /** A chunk whose delta holds {@code delta}; the last one (finish "stop") also carries the references. */
    static Map<String, Object> chunk(String id, long created, String model, Map<String, Object> delta,
                                     String finishReason, List<Reference> references) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("logprobs", null);
        choice.put("finish_reason", finishReason);
        Map<String, Object> body = head(id, "chat.completion.chunk", created, model);
        body.put("choices", List.of(choice));
        if (references != null) {
            body.put("references", references);
        }
        return body;
    }

    static Map<String, Object> models(List<String> names, long created) {
        List<Map<String, Object>> data = names.stream().map(name -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("id", name);
            model.put("object", "model");
            model.put("created", created);
            model.put("owned_by", "policygraph");
            return model;
        }).toList();
        return Map.of("object", "list", "data", data);
    }

    private static Map<String, Object> head(String id, String object, long created, String model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", object);
        body.put("created", created);
        body.put("model", model);
        body.put("system_fingerprint", null);
        return body;
    }

    /** Counted in characters, as no tokenizer stands behind the answers. */
    private static Map<String, Object> usage(int promptChars, int completionChars) {
        return Map.of("prompt_tokens", promptChars, "completion_tokens", completionChars,
                "total_tokens", promptChars + completionChars);
    }
}
