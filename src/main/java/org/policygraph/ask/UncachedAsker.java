package org.policygraph.ask;

/** Answers every question without caches (the server switch PA_CACHE=off, which bench --no-cache sets). */
public record UncachedAsker(Asker asker) implements Asker {
    @Override
    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, AskOptions.DEFAULT);
    }

    @Override
    public Answer ask(String question, String conversationId, AskOptions options) {
        return asker.ask(question, conversationId, options.withoutCaches());
    }
}
