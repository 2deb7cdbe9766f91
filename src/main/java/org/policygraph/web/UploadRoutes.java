package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import java.util.regex.Pattern;
import org.policygraph.ingest.UploadReceipt;

/**
 * POST /api/documents?name=FILE.docx with the file itself as the body and {@code Authorization: Bearer
 * <PA_ADMIN_TOKEN>}. The format is read from the name's extension and checked against the content by the ingest
 * stage (.txt .md .html .htm .docx .doc .wps .pdf .xlsx .xls .et .csv .ofd .png .jpg .jpeg; any other is refused with 415); the
 * Content-Type is not relied on, except
 * that a form upload is refused. With ?replace=true, documents other sources hold are replaced instead of refused
 * with 409. 201 when the upload was kept, 200 when all of it was in the graph already. One upload is imported at a
 * time; another sent meanwhile is 503 {@code server_busy} with Retry-After ({@link CostlyRoutes}).
 */
final class UploadRoutes {
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private static final Set<String> FORMS = Set.of("multipart/form-data", "application/x-www-form-urlencoded");
    /** A bare file name (no path, not hidden); whether its format is read is the ingest stage's call (415 if not). */
    private static final Pattern FILE_NAME = Pattern.compile("(?!\\.)[\\p{IsHan}\\w.()（）-]{1,120}");

    private final Uploads uploads;
    private final WebMetrics metrics;
    private final CostlyRoutes costly;

    UploadRoutes(Uploads uploads, WebMetrics metrics, CostlyRoutes costly) {
        this.uploads = uploads;
        this.metrics = metrics;
        this.costly = costly;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/documents", this::upload);
    }

    private void upload(Context ctx) throws Exception {
        authorize(ctx.header("Authorization"));
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase();
        if (FORMS.contains(type)) {
            throw new ApiException(415, "unsupported_media_type",
                    "Send the file itself as the body (for example application/octet-stream), not a form.");
        }
        String name = ctx.queryParam("name");
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            throw ApiException.badRequest("bad_file_name",
                    "Give the file name as ?name=…, without a path, with its extension (.txt .md .html .htm .docx .doc"
                            + " .wps .pdf .xlsx .xls .et .csv .ofd .png .jpg .jpeg).");
        }
        if (ctx.contentLength() > MAX_UPLOAD_BYTES) {
            throw new ApiException(413, "payload_too_large", "Files up to " + MAX_UPLOAD_BYTES + " bytes.");
        }
        boolean replace = replace(ctx.queryParam("replace"));
        costly.upload(c -> {
            long start = System.nanoTime();
            UploadReceipt receipt = uploads.intake().add(name, c.bodyAsBytes(), replace);
            metrics.recordImport("upload", java.time.Duration.ofNanos(System.nanoTime() - start));
            c.status(receipt.created() ? 201 : 200).json(receipt);
        }).handle(ctx);
    }

    private static boolean replace(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ApiException.badRequest("bad_replace", "replace is true or false.");
    }

    private void authorize(String header) {
        String token = uploads.adminToken();
        if (!AdminToken.admits(token, header)) {
            throw new ApiException(401, "unauthorized", token == null
                    ? "Uploads are disabled: the server has no admin token (PA_ADMIN_TOKEN)."
                    : "Send the admin token as Authorization: Bearer <token>.");
        }
    }
}
