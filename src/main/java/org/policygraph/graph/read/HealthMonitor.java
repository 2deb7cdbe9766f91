package org.policygraph.graph.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.policygraph.graph.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What /health says, kept fresh in the background so that answering it costs a map copy and no load can make it
 * fail: a probe (the store's own health read) runs every {@link #PROBE_MILLIS} ms on one daemon thread, and
 * {@link #current()} adds, at the moment it is asked, what the graph-version watch knows (the store reachable at
 * its last look, the watch itself alive, seconds since the last successful read). "up" only when all of that
 * holds and the probe's answer is fresh; a probe that hangs leaves its answer to age into "down". A change of
 * status is logged once, not per request.
 */
public final class HealthMonitor implements AutoCloseable {
    static final long PROBE_MILLIS = 500;
    private static final double STALE_PROBE_SECONDS = 3;
    private static final double STALLED_WATCH_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);
    private final Supplier<Map<String, Object>> probe;
    private final GraphVersionWatch watch;
    private final ScheduledExecutorService timer = DaemonThreads.timer("health-probe");
    private volatile Map<String, Object> last = Map.of("status", "starting");
    private volatile long probedAt = System.nanoTime();
    private final ReentrantLock probing = new ReentrantLock();
    private volatile boolean wasUp = true;

    public HealthMonitor(Supplier<Map<String, Object>> probe, GraphVersionWatch watch) {
        this.probe = probe;
        this.watch = watch;
        probeNow();
        timer.scheduleWithFixedDelay(this::probeNow, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void probeNow() {
        probing.lock();
        try {
            probeUnderLock();
        } finally {
            probing.unlock();
        }
    }

    private void probeUnderLock() {
        Map<String, Object> state;
        try {
            state = Map.copyOf(probe.get());
        } catch (RuntimeException e) {
            state = Map.of("status", "down", "error", String.valueOf(e.getMessage()));
        }
        last = state;
        probedAt = System.nanoTime();
        boolean up = "up".equals(stateNow().get("status"));
        if (up != wasUp) {
            if (up) {
                LOG.info("Health: the graph store answers again");
            } else {
                LOG.warn("Health: down ({})", state.getOrDefault("error", stateNow().get("reason")));
            }
            wasUp = up;
        }
    }

    /**
     * The latest state: store, watch and the probe's age; "status" is "up" or "down", "reason" says why it is down.
     * A probe that found the store down is asked again at once when the watch has reached the store since: questions
     * are answered again from that read on, and /health must not say "down" for up to a probe's interval after.
     */
    public Map<String, Object> current() {
        if (!"up".equals(last.get("status")) && watch.reachable() && watch.secondsSinceRead() < probeAge()) {
            reprobe();
        }
        return stateNow();
    }

    /** One request probes; the others (and any request while the timer's probe runs) read what is there. */
    private void reprobe() {
        if (probing.tryLock()) {
            try {
                if (!"up".equals(last.get("status")) && watch.secondsSinceRead() < probeAge()) {
                    probeUnderLock();
                }
            } finally {
                probing.unlock();
            }
        }
    }

    private double probeAge() {
        return (System.nanoTime() - probedAt) / 1e9;
    }

    private Map<String, Object> stateNow() {
        Map<String, Object> state = new LinkedHashMap<>(last);
        double probeAge = probeAge();
        boolean watchAlive = watch.secondsSinceLook() < STALLED_WATCH_SECONDS;
        state.put("watch", watchAlive ? "alive" : "stalled");
        state.put("secondsSinceRead", Math.round(watch.secondsSinceRead() * 10) / 10.0);
        String reason = !"up".equals(state.get("status")) ? "the graph store does not answer"
                : probeAge > STALE_PROBE_SECONDS ? "the health probe has had no answer for " + Math.round(probeAge) + " s"
                : !watch.reachable() ? "the graph store does not answer"
                : !watchAlive ? "the graph-version watch has stopped" : null;
        if (reason != null) {
            state.put("status", "down");
            state.put("reason", reason);
        }
        return state;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
