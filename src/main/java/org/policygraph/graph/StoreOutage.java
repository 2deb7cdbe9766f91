package org.policygraph.graph;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Tells whether a failure means the graph store is down, so callers outside this package need no driver types. */
public final class StoreOutage {
    private StoreOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailableException || t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }
}
