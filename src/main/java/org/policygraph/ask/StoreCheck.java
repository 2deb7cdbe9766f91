package org.policygraph.ask;

import java.util.function.BooleanSupplier;

import org.policygraph.graph.StoreUnavailableException;

/**
 * Refuses questions while the store is known to be away, although most answers come from memory: an answer is
 * only as good as a graph that can be checked, cited and browsed, and clients are told to retry (503) at once.
 */
public record StoreCheck(BooleanSupplier storeReachable) {
    /** No watch on the store (the command line: a store that goes away fails the read that needs it). */
    public static final StoreCheck NONE = new StoreCheck(() -> true);

    public void require() {
        if (!storeReachable.getAsBoolean()) {
            throw new StoreUnavailableException("The graph store does not answer", null);
        }
    }
}
