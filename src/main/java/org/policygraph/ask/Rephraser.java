package org.policygraph.ask;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Optional: lets a language model reword a composed answer. The model's text is used only when it keeps every
 * document number and figure of the composed answer; otherwise, or on any failure, the composed answer stands.
 */
public final class Rephraser {
    private static final Pattern KEPT = Pattern.compile("[\\p{IsHan}]{1,4}〔\\d{4}〕\\d+号|\\d+(?:\\.\\d+)?(?:%|万|亿)?");
    private final ChatModel model;
    private final PromptTemplate system = PromptTemplate.from(String.join("\n", Texts.lines("prompts/rephrase-system.txt")));
    private final PromptTemplate user = PromptTemplate.from(String.join("\n", Texts.lines("prompts/rephrase.txt")));

    public Rephraser(ChatModel model) {
        this.model = model;
    }

    /** An OpenAI-compatible endpoint (PA_LLM_BASE_URL, PA_LLM_MODEL, PA_LLM_API_KEY). */
    public static Rephraser openAiCompatible(String baseUrl, String modelName, String apiKey) {
        return new Rephraser(OpenAiChatModel.builder().baseUrl(baseUrl).modelName(modelName)
                .apiKey(apiKey == null ? "none" : apiKey).timeout(Duration.ofSeconds(20)).maxRetries(0).build());
    }

    String rephrase(String question, String answer, Language language) {
        try {
            String languageName = language == Language.EN ? "English" : "Chinese (简体中文)";
            String reply = model.chat(
                    SystemMessage.from(system.apply(Map.of("language", languageName)).text()),
                    UserMessage.from(user.apply(Map.of("question", question, "answer", answer)).text()))
                    .aiMessage().text();
            return reply != null && keepsFacts(answer, reply) ? reply.strip() : answer;
        } catch (RuntimeException e) {
            return answer;
        }
    }

    private static boolean keepsFacts(String answer, String reply) {
        String folded = Texts.fold(reply);
        return kept(answer).stream().allMatch(fact -> folded.contains(Texts.fold(fact)));
    }

    private static List<String> kept(String answer) {
        Matcher matcher = KEPT.matcher(answer);
        return matcher.results().map(m -> m.group()).distinct().toList();
    }
}
