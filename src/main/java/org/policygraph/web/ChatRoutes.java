package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Asker;

/**
 * POST /api/chat (one JSON answer) and POST|GET /api/chat/stream (server-sent events: "meta", then "delta" pieces
 * of the answer text, then "done" with citations and graph). Validation and the answer come first, so every
 * refusal still gets its HTTP status and JSON error.
 */
final class ChatRoutes {
    private static final int PIECE_CHARS = 12;
    private static final long PIECE_PAUSE_MS = 15;

    private final Asker asker;
    private final WebLimits limits;
    private final KnownConversations conversations = new KnownConversations();

    ChatRoutes(Asker asker, WebLimits limits) {
        this.asker = asker;
        this.limits = limits;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/chat", ctx -> chat(ctx, ChatRequest.fromJsonBody(ctx, limits)));
        routes.post("/api/chat/stream", ctx -> stream(ctx, ChatRequest.fromJsonBody(ctx, limits)));
        routes.get("/api/chat/stream", ctx -> stream(ctx, ChatRequest.fromQuery(ctx, limits)));
    }

    private void chat(Context ctx, ChatRequest request) {
        ctx.json(answer(request));
    }

    private void stream(Context ctx, ChatRequest request) throws InterruptedException {
        ChatResponse response = answer(request);
        SseWriter events = new SseWriter(ctx);
        if (!events.send("meta", Map.of("conversationId", String.valueOf(response.conversationId()),
                "newConversation", response.newConversation()))) {
            return;
        }
        for (String piece : AnswerPieces.split(response.answer() == null ? "" : response.answer(), PIECE_CHARS)) {
            if (!events.send("delta", Map.of("text", piece))) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(PIECE_PAUSE_MS);
        }
        events.send("done", response);
    }

    /** An id this server did not hand out (or has forgotten) is not passed on: the question starts afresh. */
    private ChatResponse answer(ChatRequest request) {
        long start = System.nanoTime();
        String given = request.conversationId();
        boolean known = conversations.contains(given);
        Answer answer = asker.ask(request.question(), known ? given : null);
        conversations.add(answer.conversationId());
        String notice = given == null || known ? null : "Conversation " + given
                + " is unknown or has expired; this question starts a new conversation.";
        return ChatResponse.of(answer, millisSince(start), !known, notice);
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
