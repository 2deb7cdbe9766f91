package org.policygraph.graph.read;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.policygraph.graph.DaemonThreads;
import org.policygraph.graph.StoreOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the graph's version twice a second and runs {@code onChange} when it changed: an import or upload here or in
 * another process on the same store, the background vector build. It also tells whether the store answered its last
 * look ({@link #reachable}): answers come from memory, so nothing else notices that the store went away. A read
 * that gives no answer within {@link #READ_TIMEOUT_MILLIS} (a store that hangs rather than refuses; the driver
 * would wait for good) counts as unreachable, and the watch goes on looking instead of hanging with it.
 */
public final class GraphVersionWatch implements AutoCloseable {
    static final long READ_TIMEOUT_MILLIS = 5_000;
    private static final long LOOK_MILLIS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(GraphVersionWatch.class);
    private final Supplier<String> graphVersion;
    private final Runnable onChange;
    private final ScheduledExecutorService timer = DaemonThreads.timer("graph-version-watch");
    private final ExecutorService reads = DaemonThreads.single("graph-version-read");
    private String seen;
    private Future<String> inFlight;
    private volatile boolean reachable = true;
    private volatile long lastLook = System.nanoTime();
    private volatile long lastRead = System.nanoTime();

    public GraphVersionWatch(PolicyReader reader, Runnable onChange) {
        this(reader::graphVersion, onChange);
    }

    /** Over any read of the graph's version (the first read is made here, at once). */
    public GraphVersionWatch(Supplier<String> graphVersion, Runnable onChange) {
        this.graphVersion = graphVersion;
        this.onChange = onChange;
        this.seen = graphVersion.get();
        timer.scheduleWithFixedDelay(this::check, LOOK_MILLIS, LOOK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void check() {
        lastLook = System.nanoTime();
        String version;
        try {
            if (inFlight == null) {
                inFlight = reads.submit(graphVersion::get);
            }
            version = inFlight.get(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            inFlight = null;
        } catch (TimeoutException e) {
            if (reachable) {
                LOG.warn("The graph store gave no answer within {} ms: questions are refused until it does",
                        READ_TIMEOUT_MILLIS);
            }
            reachable = false;
            return;
        } catch (ExecutionException e) {
            inFlight = null;
            reachable = reachable && !StoreOutage.unreachable(e.getCause());
            LOG.debug("Graph version not readable now: {}", e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        reachable = true;
        lastRead = System.nanoTime();
        if (!Objects.equals(version, seen)) {
            try {
                onChange.run();
                seen = version;
                LOG.info("The graph changed (version {}): answers and explorer re-read", version);
            } catch (RuntimeException e) {
                LOG.warn("Re-reading the changed graph failed; the next look tries again: {}", e.toString());
            }
        }
    }

    /** False from the first look that found the store gone (refused, no connection) until one that reaches it. */
    public boolean reachable() {
        return reachable;
    }

    /** Seconds since the watch last looked (whatever it found): more than a few means it is stuck or dead. */
    public double secondsSinceLook() {
        return (System.nanoTime() - lastLook) / 1e9;
    }

    /** Seconds since the store last answered the watch. */
    public double secondsSinceRead() {
        return (System.nanoTime() - lastRead) / 1e9;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        reads.shutdownNow();
    }
}
