package org.policygraph.web;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * A warning that a flood would repeat on every request (the store away for every question): logged at most once
 * per interval, with how many were left out since; the refusals themselves are counted in the metrics.
 */
final class QuietLog {
    private final Logger log;
    private final long intervalNanos;
    private final AtomicLong next = new AtomicLong(System.nanoTime());
    private final AtomicLong quiet = new AtomicLong();

    QuietLog(Logger log, long intervalSeconds) {
        this.log = log;
        this.intervalNanos = intervalSeconds * 1_000_000_000L;
    }

    void warn(String format, Object... args) {
        long now = System.nanoTime();
        long due = next.get();
        if (now - due < 0 || !next.compareAndSet(due, now + intervalNanos)) {
            quiet.incrementAndGet();
            return;
        }
        long left = quiet.getAndSet(0);
        log.warn(left == 0 ? format : format + " (and " + left + " like it not logged since the last)", args);
    }
}
