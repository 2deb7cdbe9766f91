package org.policygraph.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The event stream of one answer: "meta", one "delta" per line of the answer as soon as it is composed, then
 * "done". It opens with the first line, so a question refused before any line still gets its HTTP status and JSON
 * error; a failure after that can only be an "error" event.
 */
final class AnswerStream {
    private final Context ctx;
    private final Map<String, Object> meta;
    private SseWriter events;
    private boolean clientGone;

    AnswerStream(Context ctx, Map<String, Object> meta) {
        this.ctx = ctx;
        this.meta = meta;
    }

    void line(String text) {
        send("delta", Map.of("text", text));
    }

    void done(ChatResponse response) {
        send("done", response);
    }

    /** Sends the failure as an "error" event when the stream has begun; otherwise it is rethrown, for its status. */
    void fail(RuntimeException e) {
        if (events == null) {
            throw e;
        }
        send("error", ErrorHandlers.streamedError(e, ctx));
    }

    private void send(String event, Object payload) {
        if (events == null) {
            events = new SseWriter(ctx);
            clientGone = !events.send("meta", meta);
        }
        if (!clientGone) {
            clientGone = !events.send(event, payload);
        }
    }
}
