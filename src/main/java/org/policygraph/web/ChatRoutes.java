package org.policygraph.web;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.policygraph.ask.Answer;
import org.policygraph.ask.AskOptions;
import org.policygraph.ask.Asker;

/**
 * POST /api/chat (one JSON answer) and POST|GET /api/chat/stream (server-sent events: "meta", then one "delta" per
 * line of the answer as it is composed, then "done" with citations and graph). Validation comes first, so every
 * refusal still gets its HTTP status and JSON error. {@code X-PolicyGraph-No-Cache: 1} with the admin token asks
 * for an answer computed without caches (bench --no-cache --url).
 */
final class ChatRoutes {
    static final String NO_CACHE_HEADER = "X-PolicyGraph-No-Cache";

    private final Asker asker;
    private final WebLimits limits;
    private final String adminToken;

    /** A question's place in its conversation: the id it is answered under, and whether it continues one. */
    private record Turn(String conversationId, boolean continued, String notice) {
    }

    ChatRoutes(Asker asker, WebLimits limits, String adminToken) {
        this.asker = asker;
        this.limits = limits;
        this.adminToken = adminToken;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/chat", ctx -> chat(ctx, ChatRequest.fromJsonBody(ctx, limits)));
        routes.post("/api/chat/stream", ctx -> stream(ctx, ChatRequest.fromJsonBody(ctx, limits)));
        routes.get("/api/chat/stream", ctx -> stream(ctx, ChatRequest.fromQuery(ctx, limits)));
    }

    private void chat(Context ctx, ChatRequest request) {
        ctx.json(answer(request, turn(request), options(ctx)));
    }

    private void stream(Context ctx, ChatRequest request) {
        AskOptions options = options(ctx);
        Turn turn = turn(request);
        AnswerStream events = new AnswerStream(ctx, Map.of("conversationId", turn.conversationId(),
                "newConversation", !turn.continued()));
        try {
            events.done(answer(request, turn, options.withLines(events::line)));
        } catch (RuntimeException e) {
            events.fail(e);
        }
    }

    private ChatResponse answer(ChatRequest request, Turn turn, AskOptions options) {
        long start = System.nanoTime();
        Answer answer = asker.ask(request.question(), turn.conversationId(), options.via("api"));
        return ChatResponse.of(answer, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), !turn.continued(),
                turn.notice());
    }

    /** An id this server did not hand out (or has forgotten) is not continued: the question starts afresh. */
    private Turn turn(ChatRequest request) {
        String given = request.conversationId();
        if (asker.continues(given)) {
            return new Turn(given, true, null);
        }
        return new Turn(UUID.randomUUID().toString(), false, given == null ? null : "Conversation " + given
                + " is unknown or has expired; this question starts a new conversation.");
    }

    private AskOptions options(Context ctx) {
        if (!"1".equals(ctx.header(NO_CACHE_HEADER))) {
            return AskOptions.DEFAULT;
        }
        if (!AdminToken.admits(adminToken, ctx.header("Authorization"))) {
            throw new ApiException(401, "unauthorized", NO_CACHE_HEADER
                    + " is honoured only with the admin token: Authorization: Bearer <PA_ADMIN_TOKEN>.");
        }
        return AskOptions.DEFAULT.withoutCaches();
    }
}
