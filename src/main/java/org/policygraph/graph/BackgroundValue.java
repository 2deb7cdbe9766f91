package org.policygraph.graph;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value worked out once, on a daemon thread of its own, from the first {@link #start} on: who needs it can wait for
 * it ({@link #join}) or use it only if it is there ({@link #ifReady}).
 */
public final class BackgroundValue<T> {
    private final String threadName;
    private final Supplier<T> work;
    private final CompletableFuture<T> value = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    public BackgroundValue(String threadName, Supplier<T> work) {
        this.threadName = threadName;
        this.work = work;
    }

    /** A value there from the start: no work, no thread. */
    public static <T> BackgroundValue<T> done(T value) {
        BackgroundValue<T> done = new BackgroundValue<>("done", () -> value);
        done.started.set(true);
        done.value.complete(value);
        return done;
    }

    /** Starts the work unless it has started already. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        ExecutorService thread = DaemonThreads.single(threadName);
        thread.execute(() -> {
            try {
                value.complete(work.get());
            } catch (Throwable failure) {
                value.completeExceptionally(failure);
            }
        });
        thread.shutdown();
    }

    /** The value, started here if need be and waited for; the work's failure is thrown here. */
    public T join() {
        start();
        return Futures.join(value);
    }

    /** The value if the work has finished well; empty while it runs or after it failed. */
    public Optional<T> ifReady() {
        return value.isDone() && !value.isCompletedExceptionally() ? Optional.ofNullable(value.join()) : Optional.empty();
    }
}
