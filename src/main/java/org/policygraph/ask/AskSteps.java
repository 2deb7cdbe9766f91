package org.policygraph.ask;

import java.util.Optional;

import org.policygraph.ask.llm.ModelAssist;
import org.policygraph.ask.progress.ProgressDesk;

/**
 * The steps around the answering of a question, chosen where the process is wired: the limit on questions in
 * flight, the store check, whether answers are cached (PA_CACHE), the progress desk (null: none), the language
 * model (null: none), the answer counter and the conversations follow-ups lean on.
 */
public record AskSteps(AskLimit limit, StoreCheck store, boolean caching, ProgressDesk progress, ModelAssist model,
                       AnswerCounter counter, Conversations conversations) {

    /** The rule answers alone: no limit, no store watch, caches on, no progress desk, no model, nothing counted. */
    public static AskSteps rulesOnly() {
        return new AskSteps(AskLimit.none(), StoreCheck.NONE, true, null, null, AnswerCounter.NONE,
                new Conversations());
    }

    /** The same steps (the same conversations) with the language model last. */
    public AskSteps withModel(ModelAssist assist) {
        return new AskSteps(limit, store, caching, progress, assist, counter, conversations);
    }

    boolean assisted() {
        return model != null;
    }

    Optional<Answer> progressAnswer(String text, String conversationId, long start) {
        return progress == null ? Optional.empty() : progress.answer(text, conversationId, start);
    }

    /** The options the rule steps run with: no caches when they are off, no streamed lines when the model rewords them. */
    AskOptions forRules(AskOptions options) {
        AskOptions rules = caching ? options : options.withoutCaches();
        return assisted() ? rules.withLines(line -> { }) : rules;
    }
}
