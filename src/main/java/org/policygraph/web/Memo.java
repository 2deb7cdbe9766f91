package org.policygraph.web;

import java.time.Duration;
import java.util.function.Supplier;

/** Keeps a computed value for a while; a failed computation is not kept, so the next call tries again. */
final class Memo<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private final long ttlNanos;
    private volatile T value;
    private volatile long computedAt;

    Memo(Supplier<T> compute, Duration ttl) {
        this.compute = compute;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public T get() {
        T current = value;
        if (current != null && System.nanoTime() - computedAt < ttlNanos) {
            return current;
        }
        T fresh = compute.get();
        computedAt = System.nanoTime();
        value = fresh;
        return fresh;
    }
}
