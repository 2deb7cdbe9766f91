package org.policygraph.cli;

import org.policygraph.Config;

/** Tells a start that failed because another process (a running serve) holds the embedded store's lock. */
final class StoreLock {
    private StoreLock() {
    }

    static boolean heldElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase();
            if (t.getClass().getSimpleName().contains("FileLock") || message.contains("lock file")
                    || message.contains("store_lock") || message.contains("locked by another process")) {
                return true;
            }
        }
        return false;
    }

    static String advice(Config config) {
        return "error: the embedded store in " + config.dataDir().toAbsolutePath() + " is held by another process "
                + "(a running `serve`?). Point the MCP client at its Streamable HTTP endpoint, http://" + config.host()
                + ":" + config.port() + "/mcp, or set NEO4J_URI to a Neo4j server that both can share.";
    }
}
