package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * GET /health (the state the server keeps fresh in the background: 200 "up", else 503 "down" with a reason; never
 * refused for load), /metrics (Micrometer's Prometheus text), /openapi.json.
 */
final class OpsRoutes {
    private final Supplier<Map<String, Object>> health;
    private final WebMetrics metrics;
    private final byte[] openApi;

    OpsRoutes(Supplier<Map<String, Object>> health, WebMetrics metrics) {
        this.health = health;
        this.metrics = metrics;
        this.openApi = resource("openapi.json");
    }

    void register(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    /** The supplier answers from state kept fresh elsewhere: nothing here waits, queues or logs per request. */
    private void health(Context ctx) {
        Map<String, Object> state = new LinkedHashMap<>();
        try {
            state.putAll(health.get());
        } catch (RuntimeException e) {
            state.put("status", "down");
        }
        state.putIfAbsent("status", "down");
        // The driver's words and the store's address are for the log, not for whoever asks /health.
        state.remove("error");
        state.remove("uri");
        if (!"up".equals(state.get("status"))) {
            state.putIfAbsent("reason", "the graph store does not answer");
            state.put("error", "The graph store does not answer; answers resume when it is back.");
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status("up".equals(state.get("status")) ? 200 : 503).json(state);
    }

    private static byte[] resource(String name) {
        try (InputStream in = OpsRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
