package org.policygraph.ask;

import java.util.function.BooleanSupplier;

import org.policygraph.graph.StoreUnavailableException;

/**
 * Refuses questions while the store is known to be away, although most answers come from memory: an answer is
 * only as good as a graph that can be checked, cited and browsed, and clients are told to retry (503) at once.
 */
public record StoreCheckedAsker(Asker asker, BooleanSupplier storeReachable) implements Asker {
    @Override
    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, AskOptions.DEFAULT);
    }

    @Override
    public Answer ask(String question, String conversationId, AskOptions options) {
        if (!storeReachable.getAsBoolean()) {
            throw new StoreUnavailableException("The graph store does not answer", null);
        }
        return asker.ask(question, conversationId, options);
    }
}
