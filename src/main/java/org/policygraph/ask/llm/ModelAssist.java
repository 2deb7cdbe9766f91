package org.policygraph.ask.llm;

import java.util.List;
import java.util.Optional;

import dev.langchain4j.model.chat.ChatModel;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Citation;
import org.policygraph.graph.read.Explorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional language-model step, last on the question's path. A found answer may be reworded by the model
 * (same facts, same citations); a "not found / not stated" answer may be replaced by one the model composes from
 * read-only graph tools, cited from the tool results. Any model failure gives the rule answer unchanged.
 */
public final class ModelAssist {
    private static final Logger LOG = LoggerFactory.getLogger(ModelAssist.class);
    /** How rule answers say that the documents do not state what was asked (see ask/wording-*.properties). */
    private static final List<String> NOT_FOUND = List.of("没有找到", "未找到", "文件未明确", "Nothing in the documents",
            "No document matching", "Not specified", "do not state", "do not name");

    private final Rephraser rephraser;
    private final ToolAnswerer tools;

    /** {@code explorer} null: rewording only, no tool calls. */
    public ModelAssist(ChatModel model, Explorer explorer) {
        this.rephraser = new Rephraser(model);
        this.tools = explorer == null ? null : new ToolAnswerer(model, explorer);
    }

    /** The rule answer reworded or completed; {@code started}: when the question was asked (System.nanoTime). */
    public Answer assist(String question, Answer rule, long started) {
        try {
            return assisted(question, rule, started).orElse(rule);
        } catch (RuntimeException e) {
            LOG.warn("Language model failed, keeping the rule answer: {}", e.toString());
            return rule;
        }
    }

    private Optional<Answer> assisted(String question, Answer rule, long started) {
        if (saysNotFound(rule)) {
            return tools == null ? Optional.empty() : tools.answer(question, rule)
                    .map(composed -> with(rule, composed.text(), composed.citations(), started));
        }
        return rephraser.rephrase(question, rule).map(text -> with(rule, text, rule.citations(), started));
    }

    /** Only the opening line counts: a found lead followed by "no supporting units named" is a found answer. */
    static boolean saysNotFound(Answer rule) {
        String opening = rule.answer().strip().lines().findFirst().orElse("");
        return rule.citations().isEmpty() || NOT_FOUND.stream().anyMatch(opening::contains);
    }

    private static Answer with(Answer rule, String text, List<Citation> citations, long started) {
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        return new Answer(text, citations, rule.graph(), rule.conversationId(), rule.query(), elapsedMs);
    }
}
