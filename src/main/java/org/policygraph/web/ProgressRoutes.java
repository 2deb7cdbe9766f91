package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.policygraph.export.BoardWorkbook;
import org.policygraph.export.TableFormat;
import org.policygraph.graph.read.BoardFilter;
import org.policygraph.graph.read.BoardRow;
import org.policygraph.graph.read.ProgressBoard;

/**
 * The 督办 board (issue 26, read-only): GET /api/progress?asOf=&unit=&leader=&state=&document= — the tasks progress
 * reports speak of as of a date (default today), each with its plan, lead units, leaders, deadline, latest progress
 * and colour (overdue, behind, due within 30 days, done), and what the filters may choose from; GET
 * /api/progress.xlsx the same rows as a workbook.
 */
final class ProgressRoutes {
    private static final int MAX_PARAM = 100;
    private final ProgressBoard board;
    private final Clock clock;
    private final CostlyRoutes costly;

    ProgressRoutes(ProgressBoard board, Clock clock, CostlyRoutes costly) {
        this.board = board;
        this.clock = clock;
        this.costly = costly;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/progress", costly.explorer(ctx -> ctx.json(BoardJson.body(board.board(filter(ctx))))));
        routes.get("/api/progress.xlsx", costly.export(this::workbook));
    }

    private void workbook(Context ctx) {
        BoardFilter filter = filter(ctx);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        BoardWorkbook.write(board.board(filter), body);
        ctx.contentType(TableFormat.XLSX.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"progress-" + filter.asOf() + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode("督办-" + filter.asOf() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.result(body.toByteArray());
    }

    private BoardFilter filter(Context ctx) {
        String state = optional(ctx, "state");
        if (state != null && !BoardRow.STATES.contains(state)) {
            throw ApiException.badRequest("bad_state", "state must be one of " + String.join(", ", BoardRow.STATES) + ".");
        }
        return new BoardFilter(asOf(optional(ctx, "asOf")), optional(ctx, "unit"), optional(ctx, "leader"), state,
                optional(ctx, "document"));
    }

    private LocalDate asOf(String given) {
        if (given == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("bad_date", "asOf must be a date written YYYY-MM-DD, not " + given);
        }
    }

    private static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_PARAM) {
            throw ApiException.badRequest("parameter_too_long", "A parameter is longer than " + MAX_PARAM + " characters.");
        }
        return value.strip();
    }
}
