package org.policygraph.ask.llm;

import java.time.Duration;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Builds the optional chat model from its settings. Any server speaking the OpenAI chat-completions protocol
 * works: OpenAI, vLLM, llama.cpp server, or Ollama through its /v1 endpoint (http://127.0.0.1:11434/v1).
 */
public final class LanguageModels {
    /** Short and without retries: a slow model costs the user time, and the rule answer is always there. */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private LanguageModels() {
    }

    /** {@code apiKey} may be null for local servers that ask for none. */
    public static ChatModel openAiCompatible(String baseUrl, String modelName, String apiKey) {
        return OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName == null ? "gpt-4o-mini" : modelName)
                .apiKey(apiKey == null ? "none" : apiKey)
                .temperature(0.0)
                .timeout(TIMEOUT)
                .maxRetries(0)
                .build();
    }
}
