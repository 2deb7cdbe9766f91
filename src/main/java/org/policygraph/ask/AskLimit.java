package org.policygraph.ask;

import java.util.concurrent.Semaphore;

/**
 * At most {@link #MAX_QUESTIONS} questions in flight across every door of the process (/api/chat, /v1, /mcp; well
 * above bench's 16 clients); one more waits in no queue and is refused at once ({@link BusyException}, 503
 * {@code server_busy} on the web), so that in an outage waiting questions cannot take every thread.
 */
public final class AskLimit {
    public static final int MAX_QUESTIONS = 64;
    private final Semaphore inFlight;

    private AskLimit(Semaphore inFlight) {
        this.inFlight = inFlight;
    }

    public static AskLimit bounded() {
        return new AskLimit(new Semaphore(MAX_QUESTIONS));
    }

    /** No bound: the command line asks one question at a time. */
    public static AskLimit none() {
        return new AskLimit(null);
    }

    /** A held place among the questions in flight; closing gives it back. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    public Permit enter() {
        if (inFlight == null) {
            return () -> { };
        }
        if (!inFlight.tryAcquire()) {
            throw new BusyException();
        }
        return inFlight::release;
    }
}
