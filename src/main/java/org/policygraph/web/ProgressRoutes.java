package org.policygraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policygraph.graph.read.ProgressBoard;
import org.policygraph.graph.read.ProgressItem;
import org.policygraph.progress.UnitMatch;

/**
 * GET /api/progress?unit=&asOf=YYYY-MM-DD (issue 26, read-only): the tasks progress reports speak of, as of a date
 * (default today), each with its plan, lead units, deadline and latest progress, flagged overdue (deadline passed,
 * not reported done) or due within 30 days; optionally of one unit (as written or abbreviated).
 */
final class ProgressRoutes {
    private static final int MAX_PARAM = 100;
    private static final int DUE_DAYS = 30;
    private final ProgressBoard board;
    private final Clock clock;

    ProgressRoutes(ProgressBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/progress", this::progress);
    }

    private void progress(Context ctx) {
        LocalDate asOf = asOf(ctx.queryParam("asOf"));
        String unit = ctx.queryParam("unit") == null || ctx.queryParam("unit").isBlank() ? null
                : bounded(ctx.queryParam("unit").strip());
        List<ProgressItem> items = board.reported(asOf).stream().filter(i -> unit == null
                || UnitMatch.any(unit, i.leads()) || UnitMatch.any(unit, i.units())).toList();
        Map<String, Integer> counts = new TreeMap<>();
        List<Map<String, Object>> tasks = items.stream().map(i -> {
            Map<String, Object> row = row(i, asOf);
            counts.merge(String.valueOf(row.get("status")), 1, Integer::sum);
            return row;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", asOf.toString());
        body.put("unit", unit);
        body.put("count", tasks.size());
        body.put("counts", counts);
        body.put("tasks", tasks);
        ctx.json(body);
    }

    private static Map<String, Object> row(ProgressItem i, LocalDate asOf) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("taskId", i.taskId());
        row.put("task", i.taskText());
        row.put("title", i.title());
        row.put("notInPlan", i.notInPlan());
        row.put("docNo", i.docNo());
        row.put("plan", i.docTitle());
        row.put("section", i.sectionPath());
        row.put("leads", i.leads());
        row.put("units", i.units());
        row.put("deadline", i.deadline());
        row.put("deadlineText", i.deadlineText());
        row.put("status", i.status());
        row.put("statusText", i.statusText());
        row.put("percent", i.percent());
        row.put("progress", i.progressText());
        row.put("reportedAsOf", i.asOf());
        row.put("report", i.reportTitle());
        row.put("sourceFile", i.sourceFile());
        row.put("line", i.line());
        row.put("reports", i.reports());
        boolean done = "done".equals(i.status());
        boolean dated = i.deadline() != null;
        row.put("overdue", dated && !done && i.deadline().compareTo(asOf.toString()) < 0);
        row.put("dueSoon", dated && !done && i.deadline().compareTo(asOf.toString()) >= 0
                && i.deadline().compareTo(asOf.plusDays(DUE_DAYS).toString()) <= 0);
        return row;
    }

    private LocalDate asOf(String given) {
        if (given == null || given.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(bounded(given.strip()));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("bad_date", "asOf must be a date written YYYY-MM-DD, not " + bounded(given));
        }
    }

    private static String bounded(String value) {
        if (value.length() > MAX_PARAM) {
            throw ApiException.badRequest("parameter_too_long", "A parameter is longer than " + MAX_PARAM + " characters.");
        }
        return value;
    }
}
