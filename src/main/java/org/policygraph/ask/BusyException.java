package org.policygraph.ask;

/** Too many questions are being answered at once ({@link AskLimit}); the client may retry in a moment. */
public final class BusyException extends RuntimeException {
    public BusyException() {
        super("Too many questions are being answered at once; try again in a moment.");
    }
}
