package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET /health (store state; 503 when it is down or gives no answer within 0.9 s), /metrics (Micrometer's Prometheus text), /openapi.json. */
final class OpsRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(OpsRoutes.class);
    private static final long HEALTH_MILLIS = 900;
    private final Supplier<Map<String, Object>> health;
    private final WebMetrics metrics;
    private final byte[] openApi;
    /** Two threads ask the store; a probe that hangs makes /health say "down" after HEALTH_MILLIS, never wait. */
    private final ThreadPoolExecutor probes = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(4), runnable -> {
                Thread thread = new Thread(runnable, "health-probe");
                thread.setDaemon(true);
                return thread;
            });

    OpsRoutes(Supplier<Map<String, Object>> health, WebMetrics metrics) {
        this.health = health;
        this.metrics = metrics;
        this.openApi = resource("openapi.json");
        probes.allowCoreThreadTimeOut(true);
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
            state.putAll(CompletableFuture.supplyAsync(health, probes).get(HEALTH_MILLIS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException | RejectedExecutionException e) {
            state.put("status", "down");
            state.put("error", "no answer within " + HEALTH_MILLIS + " ms");
        } catch (ExecutionException | RuntimeException e) {
            state.put("status", "down");
            state.put("error", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.put("status", "down");
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
