package org.policygraph.graph;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long each step of a start (or of reading a new graph version) took, logged at info under this class's name
 * (on in serve's logging), so that what grows with the store in serve's ready time can be told from what does not.
 */
public final class StartSteps {
    private static final Logger LOG = LoggerFactory.getLogger(StartSteps.class);

    private StartSteps() {
    }

    public static void timed(String name, Runnable step) {
        timed(name, () -> {
            step.run();
            return null;
        });
    }

    /** Runs {@code step} and logs its wall time as {@code name}. */
    public static <T> T timed(String name, Supplier<T> step) {
        long start = System.nanoTime();
        T value = step.get();
        if (LOG.isInfoEnabled()) {
            LOG.info("{} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
        }
        return value;
    }
}
