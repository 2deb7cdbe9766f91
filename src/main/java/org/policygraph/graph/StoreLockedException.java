package org.policygraph.graph;

/** The embedded store is held by another process; the message names that process and says what to do. */
public final class StoreLockedException extends StoreUnavailableException {
    StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
