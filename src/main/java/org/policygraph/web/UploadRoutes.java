package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * POST /api/documents?name=FILE.txt with the file as the body (text/plain or text/markdown) and
 * {@code Authorization: Bearer <PA_ADMIN_TOKEN>}. One upload is imported at a time.
 */
final class UploadRoutes {
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("text/plain", "text/markdown", "application/octet-stream");
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{IsHan}\\w.()（）-]{1,120}\\.(txt|md)");

    private final Uploads uploads;

    UploadRoutes(Uploads uploads) {
        this.uploads = uploads;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/documents", this::upload);
    }

    private void upload(Context ctx) {
        authorize(ctx.header("Authorization"));
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase();
        if (!TYPES.contains(type)) {
            throw new ApiException(415, "unsupported_media_type", "Send the file as text/plain or text/markdown.");
        }
        String name = ctx.queryParam("name");
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            throw ApiException.badRequest("bad_file_name", "Give the file name as ?name=…, ending in .txt or .md.");
        }
        if (ctx.contentLength() > MAX_UPLOAD_BYTES) {
            throw new ApiException(413, "payload_too_large", "Files up to " + MAX_UPLOAD_BYTES + " bytes.");
        }
        byte[] content = ctx.bodyAsBytes();
        if (content.length == 0) {
            throw ApiException.badRequest("empty_file", "The file is empty.");
        }
        synchronized (this) {
            ctx.status(201).json(uploads.intake().add(name, content));
        }
    }

    private void authorize(String header) {
        String token = uploads.adminToken();
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "unauthorized", token == null
                    ? "Uploads are disabled: the server has no admin token (PA_ADMIN_TOKEN)."
                    : "Send the admin token as Authorization: Bearer <token>.");
        }
    }
}
