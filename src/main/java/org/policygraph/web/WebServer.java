package org.policygraph.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import org.policygraph.ask.Asker;
import org.policygraph.graph.read.Explorer;
import org.policygraph.web.mcp.McpRoutes;
import org.policygraph.web.mcp.PolicyTools;
import org.policygraph.web.openai.OpenAiRoutes;

/**
 * The HTTP server: JSON API, event stream, chat page, explorer, the OpenAI-compatible /v1 and the MCP endpoint
 * /mcp, configured once at construction. /api, /v1 and /mcp share the per-client rate limit; /v1 and /mcp also
 * check the Origin and the optional API token.
 */
public final class WebServer {
    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);
    private final Javalin app;
    private final ExplorerRoutes explore;
    private final WebMetrics metrics;

    public WebServer(Asker asker, Explorer explorer, Supplier<Map<String, Object>> health, WebLimits limits) {
        this(asker, explorer, health, limits, Uploads.disabled());
    }

    public WebServer(Asker asker, Explorer explorer, Supplier<Map<String, Object>> health, WebLimits limits,
                     Uploads uploads) {
        this(asker, explorer, health, limits, uploads, ApiOptions.of(asker));
    }

    public WebServer(Asker asker, Explorer explorer, Supplier<Map<String, Object>> health, WebLimits limits,
                     Uploads uploads, ApiOptions options) {
        this.metrics = options.metrics();
        metrics.watchStore(health);
        RateLimiter rateLimiter = new RateLimiter(limits.requestsPerSecond(), limits.burst());
        ApiGate gate = new ApiGate(options.apiToken(), options.cors());
        ChatRoutes chat = new ChatRoutes(asker, limits, uploads.adminToken());
        CostlyRoutes costly = new CostlyRoutes();
        ClientAddress clients = new ClientAddress(limits.trustedProxies());
        this.explore = new ExplorerRoutes(explorer, costly);
        OpsRoutes ops = new OpsRoutes(health, metrics);
        UploadRoutes upload = new UploadRoutes(uploads, metrics, costly);
        OpenAiRoutes openAi = new OpenAiRoutes(options.models(), options.rules(), limits.maxQuestionChars(),
                limits.maxBodyBytes());
        McpRoutes mcp = options.tools() == null ? null : new McpRoutes(new PolicyTools(options.rules(), explorer,
                options.tools()), limits.maxQuestionChars(), limits.maxBodyBytes());
        this.app = Javalin.create(config -> {
            configure(config, limits);
            config.routes.before(WebServer::secureHeaders);
            config.routes.before(QueryEncoding::check);
            config.routes.before(options.cors()::apply);
            if (limits.rateLimited()) {
                for (String path : List.of("/api/*", "/v1/*", "/mcp")) {
                    config.routes.before(path, ctx -> limit(ctx, rateLimiter, clients));
                }
            }
            config.routes.before("/v1/*", gate::check);
            config.routes.before("/mcp", gate::check);
            chat.register(config.routes);
            explore.register(config.routes);
            ops.register(config.routes);
            upload.register(config.routes);
            openAi.register(config.routes);
            if (options.tools() != null) {
                new ProgressRoutes(options.tools().progress(), java.time.Clock.systemDefaultZone(), costly)
                        .register(config.routes);
            }
            if (mcp != null) {
                mcp.register(config.routes);
            }
            ErrorHandlers.register(config.routes);
        });
    }

    private void configure(JavalinConfig config, WebLimits limits) {
        config.startup.showJavalinBanner = false;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        config.http.prefer405over404 = true;
        // Uploads may be larger than chat bodies; ChatRequest enforces the chat limit itself.
        config.http.maxRequestSize = Math.max(limits.maxBodyBytes(), UploadRoutes.MAX_UPLOAD_BYTES);
        config.staticFiles.add("/public", Location.CLASSPATH);
        config.staticFiles.enableWebjars();
        config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(ctx), ctx.statusCode(),
                ctx.attribute(WebMetrics.ERROR_CODE), Duration.ofNanos((long) (ms * 1_000_000))));
    }

    public void start(String host, int port) {
        app.start(host, port);
        explore.warmUp();
    }

    /** The port actually bound (useful after starting on port 0). */
    public int port() {
        return app.port();
    }

    /** Every registered endpoint as "METHOD path" (before/after filters left out), for checking the API document. */
    public List<String> endpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> METHODS.contains(endpoint.method))
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path).distinct().toList();
    }

    public void stop() {
        app.stop();
    }

    private void limit(Context ctx, RateLimiter rateLimiter, ClientAddress clients) {
        if (!rateLimiter.tryAcquire(clients.of(ctx))) {
            metrics.rateLimited();
            ctx.header("Retry-After", "1");
            throw new ApiException(429, "too_many_requests", "Too many requests; slow down and retry shortly.");
        }
    }

    /** No other site may frame the page (clickjacking): X-Frame-Options for old browsers, frame-ancestors for new. */
    private static void secureHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
    }

    private static String route(Context ctx) {
        var endpoint = ctx.endpoints().lastHttpEndpoint();
        if (endpoint != null && !endpoint.path.equals("*")) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/webjars/") ? "/webjars/*" : ctx.statusCode() == 404 ? "unmatched" : "static";
    }
}
