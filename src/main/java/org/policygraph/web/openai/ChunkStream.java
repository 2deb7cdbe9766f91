package org.policygraph.web.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.policygraph.web.SseWriter;

/**
 * A streamed completion as OpenAI sends it: "data: {chunk}" events (the role first, then the text in pieces, then an
 * empty delta with finish_reason "stop" and the references), closed by "data: [DONE]". Each event is flushed.
 */
final class ChunkStream {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Context ctx;

    ChunkStream(Context ctx) {
        this.ctx = ctx;
    }

    void send(String id, long created, String model, List<String> pieces, List<Reference> references) {
        OutputStream out = SseWriter.open(ctx);
        try {
            event(out, CompletionBodies.chunk(id, created, model, Map.of("role", "assistant", "content", ""), null, null));
            for (String piece : pieces) {
                event(out, CompletionBodies.chunk(id, created, model, Map.of("content", piece), null, null));
            }
            event(out, CompletionBodies.chunk(id, created, model, Map.of(), "stop", references));
            write(out, "data: [DONE]\n\n");
        } catch (IOException e) {
            // the client has gone away; nothing is left to tell it
        }
    }

    private static void event(OutputStream out, Object chunk) throws IOException {
        write(out, "data: " + JSON.writeValueAsString(chunk) + "\n\n");
    }

    private static void write(OutputStream out, String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
