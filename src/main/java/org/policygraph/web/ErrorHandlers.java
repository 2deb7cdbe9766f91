package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.policygraph.ask.BusyException;
import org.policygraph.graph.StoreOutage;
import org.policygraph.ingest.DocumentHeldException;
import org.policygraph.ingest.FileTooCostlyException;
import org.policygraph.ingest.UnreadableFileException;
import org.policygraph.ingest.UploadInDoubtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become HTTP statuses with a JSON error body. */
public final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    private static final QuietLog STORE_AWAY = new QuietLog(LOG, 10);

    private ErrorHandlers() {
    }

    /** The JSON error body of a failure after an event stream has begun, when no status can be sent any more. */
    public static Object streamedError(Exception e, Context ctx) {
        ApiException refusal = refusalFor(e, ctx);
        ctx.attribute(WebMetrics.ERROR_CODE, refusal.code());
        return body(ctx, refusal.status(), refusal.code(), refusal.getMessage(), refusal.param());
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage(), e.param()));
        routes.exception(BusyException.class, (e, ctx) -> write(ctx, 503, "server_busy", e.getMessage()));
        routes.exception(HttpResponseException.class,
                (e, ctx) -> write(ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage()));
        routes.exception(UnreadableFileException.class, ErrorHandlers::unreadable);
        routes.exception(UploadInDoubtException.class, (e, ctx) -> write(ctx, 503, "store_unavailable", e.getMessage()));
        routes.exception(DocumentHeldException.class, (e, ctx) -> write(ctx, 409, "document_exists", e.getMessage()));
        routes.exception(Exception.class, ErrorHandlers::unexpected);
        routes.error(404, ctx -> {
            if (isEmpty(ctx)) {
                write(ctx, 404, "not_found", "No such resource: " + ctx.path());
            }
        });
        routes.error(405, ctx -> {
            if (isEmpty(ctx)) {
                write(ctx, 405, "method_not_allowed", "Method " + ctx.method() + " not allowed on " + ctx.path());
            }
        });
    }

    /** The reason is ours, in words; a library's own message stays in the log. */
    private static void unreadable(UnreadableFileException e, Context ctx) {
        if (e.getCause() != null) {
            LOG.info("Upload refused: {} ({})", e.getMessage(), e.getCause().toString());
        }
        if (e instanceof FileTooCostlyException) {
            write(ctx, 413, "document_too_large", e.getMessage());
        } else if (e.unsupportedFormat()) {
            write(ctx, 415, "unsupported_format", e.getMessage());
        } else {
            write(ctx, 400, "unusable_document", e.getMessage());
        }
    }

    private static void unexpected(Exception e, Context ctx) {
        ApiException refusal = refusalFor(e, ctx);
        write(ctx, refusal.status(), refusal.code(), refusal.getMessage());
    }

    private static ApiException refusalFor(Exception e, Context ctx) {
        if (e instanceof ApiException refusal) {
            return refusal;
        }
        if (e instanceof BusyException) {
            return new ApiException(503, "server_busy", e.getMessage());
        }
        if (StoreOutage.causedBy(e)) {
            STORE_AWAY.warn("Graph store unavailable for {}: {}", ctx.path(), e.toString());
            return new ApiException(503, "store_unavailable", "The graph store is unavailable; try again shortly.");
        }
        LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        return new ApiException(500, "internal_error", "Unexpected server error.");
    }

    static void write(Context ctx, int status, String code, String message) {
        write(ctx, status, code, message, null);
    }

    /** Under /v1 the body takes OpenAI's error shape; the code is kept for the refusal metrics. */
    static void write(Context ctx, int status, String code, String message, String param) {
        ctx.attribute(WebMetrics.ERROR_CODE, code);
        ctx.status(status).json(body(ctx, status, code, message, param));
    }

    private static ApiError body(Context ctx, int status, String code, String message, String param) {
        return ctx.path().startsWith("/v1/") ? ApiError.openAi(status, code, message, param)
                : ApiError.of(code, message);
    }

    private static boolean isEmpty(Context ctx) {
        String result = ctx.result();
        return result == null || result.isEmpty();
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 503 -> "store_unavailable";
            default -> "http_" + status;
        };
    }
}
