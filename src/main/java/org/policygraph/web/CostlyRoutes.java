package org.policygraph.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests of a costly kind run at once: the task table download (about a second of CPU each), uploads
 * (an import each) and the explorer's graph reads. One more than the bound waits in no queue: 503 {@code server_busy}
 * with Retry-After, so that a flood of one kind cannot take the cores from the questions. Uploads are the exception:
 * they are the admin's, rare, and imported one at a time, so one sent while another imports waits its turn (up to
 * {@link #UPLOAD_WAIT_SECONDS}, longer than an upload waits for a store that went away) instead of being refused.
 */
final class CostlyRoutes {
    /** Exports at once: one core's worth on this two-core machine, leaving the other to the questions. */
    static final int EXPORTS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    static final int UPLOADS = 1;
    static final int EXPLORER = 32;
    static final int UPLOAD_WAIT_SECONDS = 45;

    private final Semaphore exports = new Semaphore(EXPORTS);
    private final Semaphore uploads = new Semaphore(UPLOADS);
    private final Semaphore explorer = new Semaphore(EXPLORER);

    Handler export(Handler handler) {
        return bounded(exports, 0, "Too many task tables are being exported at once; try again in a few seconds.", handler);
    }

    Handler upload(Handler handler) {
        return bounded(uploads, UPLOAD_WAIT_SECONDS, "Another upload is being imported; send this one again when it is done.", handler);
    }

    Handler explorer(Handler handler) {
        return bounded(explorer, 0, "The explorer is busy; try again in a moment.", handler);
    }

    private static Handler bounded(Semaphore permits, int waitSeconds, String busy, Handler handler) {
        return ctx -> {
            if (!permits.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                refuse(ctx, busy);
            }
            try {
                handler.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }

    private static void refuse(Context ctx, String message) {
        ctx.header("Retry-After", "2");
        throw new ApiException(503, "server_busy", message);
    }
}
