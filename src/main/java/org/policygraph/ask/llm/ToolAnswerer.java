package org.policygraph.ask.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Citation;
import org.policygraph.ask.compose.FactGuard;
import org.policygraph.graph.read.Explorer;

/**
 * When the rule answer found nothing: lets the model call the read-only {@link GraphTools} a few times, then
 * keeps its answer only if it names tool sources and every fact in it stands in what the tools returned.
 */
final class ToolAnswerer {
    private static final int MAX_ROUNDS = 4;
    /** No new model round starts after this; each round is further bounded by the model's own timeout. */
    private static final long BUDGET_NANOS = Duration.ofSeconds(30).toNanos();
    private static final List<ToolSpecification> TOOLS = ToolSpecifications.toolSpecificationsFrom(GraphTools.class);

    private final ChatModel model;
    private final Explorer explorer;
    private final PromptFile system = PromptFile.named("system.txt");
    private final PromptFile task = PromptFile.named("tool-answer.txt");

    ToolAnswerer(ChatModel model, Explorer explorer) {
        this.model = model;
        this.explorer = explorer;
    }

    /** The composed text and its citations, or empty when the model found nothing it can back with a source. */
    Optional<Composed> answer(String question, Answer rule) {
        ToolSources sources = new ToolSources();
        GraphTools tools = new GraphTools(explorer, sources);
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(system.text()),
                UserMessage.from(task.fill(Map.of("question", question, "answer", rule.answer())))));
        long started = System.nanoTime();
        for (int round = 0; round < MAX_ROUNDS && System.nanoTime() - started < BUDGET_NANOS; round++) {
            AiMessage reply = model.chat(ChatRequest.builder().messages(messages).toolSpecifications(TOOLS).build())
                    .aiMessage();
            if (!reply.hasToolExecutionRequests()) {
                return accepted(reply.text(), question, sources);
            }
            messages.add(reply);
            for (ToolExecutionRequest call : reply.toolExecutionRequests()) {
                String result = new DefaultToolExecutor(tools, call).execute(call, question);
                messages.add(ToolExecutionResultMessage.from(call, result));
            }
        }
        return Optional.empty();
    }

    private static Optional<Composed> accepted(String text, String question, ToolSources sources) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Citation> cited = sources.citedIn(text);
        String clean = ToolSources.withoutTags(text);
        boolean backed = FactGuard.supportedBy(question + "\n" + sources.shown(), clean);
        return cited.isEmpty() || !backed ? Optional.empty() : Optional.of(new Composed(clean, cited));
    }

    /** A model-composed answer text with the citations it rests on. */
    record Composed(String text, List<Citation> citations) {
    }
}
