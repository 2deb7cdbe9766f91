package org.policygraph.web.openai;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.policygraph.ask.Answer;
import org.policygraph.ask.AskOptions;
import org.policygraph.ask.Asker;
import org.policygraph.web.ApiException;

/**
 * The OpenAI-compatible API: GET /v1/models (one model per answering mode), GET /v1/models/{model} and
 * POST /v1/chat/completions, whole or streamed as chat.completion.chunk events closed by [DONE]. The history's
 * earlier user questions are replayed into a fresh conversation with the rule answers, so a follow-up resolves
 * against them exactly as in the chat page. Errors go through the server's handlers, in OpenAI's error shape.
 */
public final class OpenAiRoutes {
    private static final int REPLAYED_QUESTIONS = 2;

    private final Map<String, Asker> models;
    private final Asker replay;
    private final int maxQuestionChars;
    private final int maxBodyBytes;
    private final List<String> names;
    private final long created = Instant.now().getEpochSecond();

    /** {@code models} in listing order; {@code replay} the rule answers, which hear the history's earlier questions. */
    public OpenAiRoutes(Map<String, Asker> models, Asker replay, int maxQuestionChars, int maxBodyBytes) {
        this.models = Map.copyOf(models);
        this.replay = replay;
        this.maxQuestionChars = maxQuestionChars;
        this.maxBodyBytes = maxBodyBytes;
        this.names = List.copyOf(models.keySet());
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/models", ctx -> ctx.json(CompletionBodies.models(names, created)));
        routes.get("/v1/models/{model}", this::model);
        routes.post("/v1/chat/completions", this::complete);
    }

    private void model(Context ctx) {
        String name = ctx.pathParam("model");
        if (!models.containsKey(name)) {
            throw new ApiException(404, "model_not_found", "The model '" + name + "' does not exist.", "model");
        }
        ctx.json(((List<?>) CompletionBodies.models(List.of(name), created).get("data")).get(0));
    }

    private void complete(Context ctx) {
        if (ctx.contentLength() > maxBodyBytes) {
            throw new ApiException(413, "payload_too_large", "Request body over " + maxBodyBytes + " bytes.");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > maxBodyBytes) {
            throw new ApiException(413, "payload_too_large", "Request body over " + maxBodyBytes + " bytes.");
        }
        CompletionRequest request = CompletionRequest.parse(ctx.contentType(), body, models.keySet(), maxQuestionChars);
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
        long now = Instant.now().getEpochSecond();
        if (request.stream()) {
            stream(request, new ChunkStream(ctx, id, now, request.model()));
            return;
        }
        Answer answer = answer(request, AskOptions.DEFAULT);
        List<Reference> references = Reference.of(answer.citations());
        String text = (answer.answer() == null ? "" : answer.answer()) + Reference.block(references, request.question());
        ctx.json(CompletionBodies.completion(id, now, request.model(), text, references, request.promptChars()));
    }

    private void stream(CompletionRequest request, ChunkStream chunks) {
        try {
            Answer answer = answer(request, AskOptions.DEFAULT.withLines(chunks::line));
            List<Reference> references = Reference.of(answer.citations());
            chunks.finish(Reference.block(references, request.question()), references);
        } catch (RuntimeException e) {
            chunks.fail(e);
        }
    }

    /** The last question answered in a fresh conversation that has first heard the (last few) earlier ones. */
    private Answer answer(CompletionRequest request, AskOptions options) {
        String conversation = "v1-" + UUID.randomUUID();
        List<String> questions = request.questions();
        int last = questions.size() - 1;
        for (int i = Math.max(0, last - REPLAYED_QUESTIONS); i < last; i++) {
            if (!questions.get(i).isBlank()) {
                replay.ask(questions.get(i), conversation);
            }
        }
        return models.get(request.model()).ask(request.question(), conversation, options.via("v1"));
    }
}
