package org.policygraph.graph;

import java.util.concurrent.TimeoutException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Tells whether a failure means the graph store is down (or too slow: a read past its time limit, or refusing our
 * login: an authentication failure, or the lockout after too many failed logins by anyone), so callers outside
 * this package need no driver types.
 */
public final class StoreOutage {
    private StoreOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailableException || t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException || t instanceof SecurityException || timedOut(t)
                    || noFreeConnection(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The store cannot be reached at all (refused, gone, no connection comes free) — not merely slow: a read past its
     * time limit under load says nothing of whether the next one will be answered.
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                    || t instanceof SecurityException || noFreeConnection(t) || shuttingDown(t)) {
                return true;
            }
        }
        return false;
    }

    /** The store is stopping (or not started): its database refuses transactions before its port closes. */
    private static boolean shuttingDown(Throwable t) {
        return t instanceof Neo4jException e && "Neo.TransientError.General.DatabaseUnavailable".equals(e.code());
    }

    /**
     * No connection of the pool came free within the acquisition timeout: every one is held by a request that the
     * store does not answer (a store that hangs rather than refuses: frozen, overloaded, cut off). The driver says
     * so with a ClientException caused by a TimeoutException.
     */
    private static boolean noFreeConnection(Throwable t) {
        return t instanceof ClientException && (t.getCause() instanceof TimeoutException
                || String.valueOf(t.getMessage()).startsWith("Unable to acquire connection from the pool"));
    }

    /** A read that ran past its time limit ({@link ReadLimits}): the store is too slow to answer now. */
    private static boolean timedOut(Throwable t) {
        return t instanceof Neo4jException e && e.code() != null
                && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
    }
}
