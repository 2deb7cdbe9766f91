package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.policygraph.export.TableFormat;
import org.policygraph.export.TaskTableWriter;
import org.policygraph.graph.read.Explorer;
import org.policygraph.graph.read.TaskRow;

/** The explorer's read-only JSON (departments, documents, deadlines, search, suggested questions) and the task table download. */
final class ExplorerRoutes {
    private static final int MAX_QUERY_CHARS = 200;
    private static final int MAX_NAME_CHARS = 300;

    private final Explorer explorer;

    private final Memo<List<Suggestions.Question>> suggestions;

    private final CostlyRoutes costly;

    ExplorerRoutes(Explorer explorer, CostlyRoutes costly) {
        this.explorer = explorer;
        this.costly = costly;
        this.suggestions = new Memo<>(() -> Suggestions.from(explorer.suggestionSeeds(10), 6), Duration.ofMinutes(10));
    }

    /** Computes the suggestions in the background so the first visitor does not wait for them. */
    void warmUp() {
        CompletableFuture.runAsync(suggestions::get).exceptionally(e -> null);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/departments", costly.explorer(ctx -> ctx.json(explorer.departments())));
        routes.get("/api/departments/{name}", costly.explorer(this::department));
        routes.get("/api/documents", costly.explorer(ctx -> ctx.json(explorer.documents())));
        routes.get("/api/documents/{docNo}", costly.explorer(this::document));
        routes.get("/api/deadlines", costly.explorer(ctx -> ctx.json(explorer.deadlines(optional(ctx, "dept")))));
        routes.get("/api/search", costly.explorer(this::search));
        routes.get("/api/suggestions", ctx -> ctx.json(suggestions.get()));
        routes.get("/api/export", costly.export(this::export));
    }

    private void department(Context ctx) {
        String name = bounded(ctx.pathParam("name"), MAX_NAME_CHARS);
        ctx.json(explorer.department(name)
                .orElseThrow(() -> ApiException.notFound("No department named " + name + ".")));
    }

    private void document(Context ctx) {
        String docNo = bounded(ctx.pathParam("docNo"), MAX_NAME_CHARS);
        ctx.json(explorer.document(docNo)
                .orElseThrow(() -> ApiException.notFound("No document " + docNo + ".")));
    }

    /** The task division table as a download: ?format=csv|xlsx|jsonl, optional ?document= and ?department=. */
    private void export(Context ctx) {
        TableFormat format;
        try {
            format = TableFormat.named(ctx.queryParamAsClass("format", String.class).getOrDefault("csv"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_format", e.getMessage());
        }
        String document = optional(ctx, "document");
        String department = optional(ctx, "department");
        List<TaskRow> rows = explorer.taskTable(document, department);
        String name = "任务分工" + (document != null ? "-" + document : "") + (department != null ? "-" + department : "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        TaskTableWriter.write(rows, format, body);
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"tasks." + format.extension() + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name + "." + format.extension(), StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.result(body.toByteArray());
    }

    private void search(Context ctx) {
        String query = optional(ctx, "q");
        if (query == null) {
            throw ApiException.badRequest("empty_query", "Give a search text as ?q=.");
        }
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(20);
        ctx.json(explorer.search(bounded(query, MAX_QUERY_CHARS), Math.max(1, Math.min(limit, 50))));
    }

    private static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : bounded(value.strip(), MAX_NAME_CHARS);
    }

    private static String bounded(String value, int max) {
        if (value.length() > max) {
            throw new ApiException(413, "parameter_too_long", "Parameter longer than " + max + " characters.");
        }
        return value;
    }
}
