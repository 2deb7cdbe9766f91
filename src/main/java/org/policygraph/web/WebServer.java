package org.policygraph.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.function.Supplier;
import org.policygraph.ask.Asker;
import org.policygraph.graph.Explorer;

/** The HTTP server: JSON API, event stream, chat page and explorer, configured once at construction. */
public final class WebServer {
    private final Javalin app;
    private final ExplorerRoutes explore;
    private final RequestMetrics metrics = new RequestMetrics();

    public WebServer(Asker asker, Explorer explorer, Supplier<Map<String, Object>> health, WebLimits limits) {
        this(asker, explorer, health, limits, Uploads.disabled());
    }

    public WebServer(Asker asker, Explorer explorer, Supplier<Map<String, Object>> health, WebLimits limits,
                     Uploads uploads) {
        RateLimiter rateLimiter = new RateLimiter(limits.requestsPerSecond(), limits.burst());
        ChatRoutes chat = new ChatRoutes(asker, limits);
        this.explore = new ExplorerRoutes(explorer);
        OpsRoutes ops = new OpsRoutes(health, metrics);
        UploadRoutes upload = new UploadRoutes(uploads);
        this.app = Javalin.create(config -> {
            configure(config, limits);
            config.routes.before(WebServer::secureHeaders);
            if (limits.rateLimited()) {
                config.routes.before("/api/*", ctx -> limit(ctx, rateLimiter));
            }
            chat.register(config.routes);
            explore.register(config.routes);
            ops.register(config.routes);
            upload.register(config.routes);
            ErrorHandlers.register(config.routes);
        });
    }

    private void configure(JavalinConfig config, WebLimits limits) {
        config.startup.showJavalinBanner = false;
        config.http.prefer405over404 = true;
        // Uploads may be larger than chat bodies; ChatRequest enforces the chat limit itself.
        config.http.maxRequestSize = Math.max(limits.maxBodyBytes(), UploadRoutes.MAX_UPLOAD_BYTES);
        config.staticFiles.add("/public", Location.CLASSPATH);
        config.staticFiles.enableWebjars();
        config.requestLogger.http((ctx, ms) -> metrics.record(ctx.method().name(), route(ctx), ctx.statusCode(),
                ms / 1000.0));
    }

    public void start(String host, int port) {
        app.start(host, port);
        explore.warmUp();
    }

    /** The port actually bound (useful after starting on port 0). */
    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    private void limit(Context ctx, RateLimiter rateLimiter) {
        if (!rateLimiter.tryAcquire(ctx.ip())) {
            metrics.countRateLimited();
            ctx.header("Retry-After", "1");
            throw new ApiException(429, "too_many_requests", "Too many requests; slow down and retry shortly.");
        }
    }

    private static void secureHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'");
    }

    private static String route(Context ctx) {
        var endpoint = ctx.endpoints().lastHttpEndpoint();
        if (endpoint != null && !endpoint.path.equals("*")) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/webjars/") ? "/webjars/*" : ctx.statusCode() == 404 ? "unmatched" : "static";
    }
}
