package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET /health (store state; 503 when it is down), /metrics (Micrometer's Prometheus text), /openapi.json. */
final class OpsRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(OpsRoutes.class);
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

    private void health(Context ctx) {
        Map<String, Object> state = new LinkedHashMap<>();
        try {
            state.putAll(health.get());
        } catch (RuntimeException e) {
            state.put("status", "down");
            state.put("error", e.getMessage());
        }
        state.putIfAbsent("status", "down");
        // The driver's words and the store's address are for the log, not for whoever asks /health.
        Object detail = state.remove("error");
        state.remove("uri");
        if (!"up".equals(state.get("status"))) {
            LOG.warn("Health: the graph store does not answer: {}", detail);
            state.put("error", "The graph store does not answer; answers resume when it is back.");
        }
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
