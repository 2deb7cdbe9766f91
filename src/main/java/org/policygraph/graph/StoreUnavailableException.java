package org.policygraph.graph;

/** The graph store cannot be reached or started; the web layer answers 503. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
