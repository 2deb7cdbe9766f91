package org.policygraph.graph;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Tells whether a failure means the graph store is down (or too slow: a read past its time limit), so callers outside this package need no driver types. */
public final class StoreOutage {
    private StoreOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailableException || t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException || timedOut(t)) {
                return true;
            }
        }
        return false;
    }

    /** A read that ran past its time limit ({@link ReadLimits}): the store is too slow to answer now. */
    private static boolean timedOut(Throwable t) {
        return t instanceof Neo4jException e && e.code() != null
                && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
    }
}
