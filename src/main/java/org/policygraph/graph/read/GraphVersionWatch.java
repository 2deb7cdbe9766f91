package org.policygraph.graph.read;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.policygraph.graph.DaemonThreads;
import org.policygraph.graph.StoreOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the graph's version every second and runs {@code onChange} when it changed: an import or upload here or in
 * another process on the same store, the background vector build. It also tells whether the store answered its last
 * look ({@link #reachable}): answers come from memory, so nothing else notices that the store went away.
 */
public final class GraphVersionWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphVersionWatch.class);
    private final PolicyReader reader;
    private final Runnable onChange;
    private final ScheduledExecutorService timer = DaemonThreads.timer("graph-version-watch");
    private String seen;
    private volatile boolean reachable = true;

    public GraphVersionWatch(PolicyReader reader, Runnable onChange) {
        this.reader = reader;
        this.onChange = onChange;
        this.seen = reader.graphVersion();
        timer.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    private void check() {
        try {
            String version = reader.graphVersion();
            reachable = true;
            if (!Objects.equals(version, seen)) {
                onChange.run();
                seen = version;
                LOG.info("The graph changed (version {}): answers and explorer re-read", version);
            }
        } catch (RuntimeException e) {
            reachable = reachable && !StoreOutage.unreachable(e);
            LOG.debug("Graph version not readable now: {}", e.getMessage());
        }
    }

    /** False from the first look that found the store gone (refused, no connection) until one that reaches it. */
    public boolean reachable() {
        return reachable;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
