package org.policygraph.cli;

import java.util.Optional;
import org.policygraph.Config;
import org.policygraph.graph.StoreLockedException;

/** Tells a start that failed because another process (a running serve) holds the embedded store's lock. */
final class StoreLock {
    private StoreLock() {
    }

    /** The refusal that names the process holding the store, if that is why the start failed. */
    static Optional<StoreLockedException> heldElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreLockedException locked) {
                return Optional.of(locked);
            }
        }
        return Optional.empty();
    }

    static String advice(Config config, StoreLockedException locked) {
        return "error: " + locked.getMessage() + " If that is a running `serve`, point the MCP client at its "
                + "Streamable HTTP endpoint, http://" + config.host() + ":" + config.port() + "/mcp.";
    }
}
