package org.policygraph.web.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.policygraph.web.ErrorHandlers;
import org.policygraph.web.SseWriter;

/**
 * A streamed completion as OpenAI sends it: "data: {chunk}" events (the role first, then one chunk per line of the
 * answer as soon as it is composed, then the references block, then an empty delta with finish_reason "stop" and
 * the references), closed by "data: [DONE]". It opens with the first line, so a question refused before any line
 * still gets its HTTP status; each event is flushed.
 */
final class ChunkStream {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Context ctx;
    private final String id;
    private final long created;
    private final String model;
    private OutputStream out;
    private boolean clientGone;
    private boolean firstLine = true;

    ChunkStream(Context ctx, String id, long created, String model) {
        this.ctx = ctx;
        this.id = id;
        this.created = created;
        this.model = model;
    }

    /** The pieces join into the answer's text: every line after the first starts with its line break. */
    void line(String text) {
        content(firstLine ? text : "\n" + text);
        firstLine = false;
    }

    void finish(String referenceBlock, List<Reference> references) {
        if (!referenceBlock.isEmpty()) {
            content(referenceBlock);
        }
        send(CompletionBodies.chunk(id, created, model, Map.of(), "stop", references));
        write("data: [DONE]\n\n");
    }

    /** Sent as an error event when the stream has begun; otherwise rethrown, for its status. */
    void fail(RuntimeException e) {
        if (out == null) {
            throw e;
        }
        send(ErrorHandlers.streamedError(e, ctx));
    }

    private void content(String text) {
        send(CompletionBodies.chunk(id, created, model, Map.of("content", text), null, null));
    }

    private void send(Object chunk) {
        if (out == null) {
            out = SseWriter.open(ctx);
            write(frame(CompletionBodies.chunk(id, created, model, Map.of("role", "assistant", "content", ""), null,
                    null)));
        }
        write(frame(chunk));
    }

    private static String frame(Object chunk) {
        try {
            return "data: " + JSON.writeValueAsString(chunk) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a completion chunk", e);
        }
    }

    private void write(String frame) {
        if (clientGone) {
            return;
        }
        try {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            clientGone = true; // nothing is left to tell a client that has gone away
        }
    }
}
