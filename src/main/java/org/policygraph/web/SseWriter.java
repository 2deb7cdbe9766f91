package org.policygraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes server-sent events straight to the servlet response, flushing each one. */
public final class SseWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OutputStream out;

    SseWriter(Context ctx) {
        this.out = open(ctx);
    }

    /** Starts a 200 text/event-stream response that proxies do not buffer; also /v1's streamed completions. */
    public static OutputStream open(Context ctx) {
        ctx.res().setStatus(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setContentType("text/event-stream");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        try {
            return ctx.res().getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the event stream", e);
        }
    }

    /** Sends one event whose data is the JSON of {@code payload}; false when the client has gone away. */
    boolean send(String event, Object payload) {
        try {
            String frame = "event: " + event + "\ndata: " + JSON.writeValueAsString(payload) + "\n\n";
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
