package org.policygraph.web;

import java.util.concurrent.Semaphore;

import org.policygraph.ask.Answer;
import org.policygraph.ask.AskOptions;
import org.policygraph.ask.Asker;

/**
 * At most {@link #MAX_CHATS} questions in flight across /api/chat, /v1 and /mcp (well above bench's 16 clients);
 * one more waits in no queue and gets 503 {@code server_busy} at once, so that in an outage waiting chats cannot
 * take every thread and the page and /health stay served.
 */
final class BoundedAsker implements Asker {
    static final int MAX_CHATS = 64;
    private final Asker asker;
    private final Semaphore inFlight;

    BoundedAsker(Asker asker, Semaphore inFlight) {
        this.asker = asker;
        this.inFlight = inFlight;
    }

    static Semaphore permits() {
        return new Semaphore(MAX_CHATS);
    }

    @Override
    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, AskOptions.DEFAULT);
    }

    @Override
    public Answer ask(String question, String conversationId, AskOptions options) {
        if (!inFlight.tryAcquire()) {
            throw new ApiException(503, "server_busy",
                    "Too many questions are being answered at once; try again in a moment.");
        }
        try {
            return asker.ask(question, conversationId, options);
        } finally {
            inFlight.release();
        }
    }
}
