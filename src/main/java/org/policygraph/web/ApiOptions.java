package org.policygraph.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.policygraph.ask.Asker;
import org.policygraph.graph.read.ToolQueries;

/**
 * What the adapters for other tools need: the bearer token of /v1 and /mcp (null: none asked), the answering modes
 * offered as OpenAI models (the first is the rule answers, also used to replay a conversation's history), the
 * queries behind the MCP tools (null: no /mcp), the metrics registry and the CORS policy.
 */
public record ApiOptions(String apiToken, Map<String, Asker> models, ToolQueries tools, WebMetrics metrics,
                         CorsPolicy cors) {
    public static final String RULES_MODEL = "policygraph";
    public static final String LLM_MODEL = "policygraph-llm";

    /** No other origin allowed (no CORS). */
    public ApiOptions(String apiToken, Map<String, Asker> models, ToolQueries tools, WebMetrics metrics) {
        this(apiToken, models, tools, metrics, CorsPolicy.none());
    }

    /** The rule answers as the only model; {@code assisted} (non-null when a language model is set) as the second. */
    public static Map<String, Asker> models(Asker rules, Asker assisted) {
        Map<String, Asker> models = new LinkedHashMap<>();
        models.put(RULES_MODEL, rules);
        if (assisted != null && assisted != rules) {
            models.put(LLM_MODEL, assisted);
        }
        return models;
    }

    static ApiOptions of(Asker asker) {
        return new ApiOptions(null, models(asker, null), null, new WebMetrics());
    }

    Asker rules() {
        return models.get(RULES_MODEL);
    }
}
