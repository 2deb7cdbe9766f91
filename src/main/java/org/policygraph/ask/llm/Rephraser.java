package org.policygraph.ask.llm;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import org.policygraph.ask.Answer;
import org.policygraph.ask.compose.FactGuard;

/** Asks the model to word a rule answer fluently; keeps the wording only if it states exactly the same facts. */
final class Rephraser {
    private final ChatModel model;
    private final PromptFile system = PromptFile.named("system.txt");
    private final PromptFile rephrase = PromptFile.named("rephrase.txt");

    Rephraser(ChatModel model) {
        this.model = model;
    }

    Optional<String> rephrase(String question, Answer rule) {
        String prompt = rephrase.fill(Map.of("question", question, "answer", rule.answer(),
                "citations", listed(rule)));
        String text = model.chat(SystemMessage.from(system.text()), UserMessage.from(prompt)).aiMessage().text();
        if (text == null || text.isBlank() || !FactGuard.sameFacts(rule.answer(), text)) {
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    private static String listed(Answer rule) {
        if (rule.citations().isEmpty()) {
            return "（无 / none）";
        }
        return rule.citations().stream()
                .map(c -> "- " + orEmpty(c.docNo()) + " 《" + orEmpty(c.title()) + "》 " + orEmpty(c.section())
                        + "：「" + orEmpty(c.quote()) + "」")
                .collect(Collectors.joining("\n"));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
