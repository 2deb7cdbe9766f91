package org.policygraph.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.policygraph.graph.read.BoardRow;
import org.policygraph.graph.read.BoardView;
import org.policygraph.graph.read.ProgressItem;

/** The 督办 board as JSON, the same for GET /api/progress and the MCP tool progress_board. */
public final class BoardJson {
    private BoardJson() {
    }

    public static Map<String, Object> body(BoardView view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", view.filter().asOf().toString());
        body.put("unit", view.filter().unit());
        body.put("leader", view.filter().leader());
        body.put("state", view.filter().state());
        body.put("document", view.filter().document());
        body.put("count", view.rows().size());
        body.put("counts", view.counts());
        body.put("tasks", view.rows().stream().map(BoardJson::row).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("units", view.units());
        facets.put("leaders", view.leaders());
        facets.put("documents", view.documents());
        facets.put("states", BoardRow.STATES);
        body.put("facets", facets);
        return body;
    }

    public static Map<String, Object> row(BoardRow r) {
        ProgressItem i = r.item();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("taskId", i.taskId());
        row.put("task", i.taskText());
        row.put("title", i.title());
        row.put("notInPlan", i.notInPlan());
        row.put("docNo", i.docNo());
        row.put("docKey", i.docKey());
        row.put("plan", i.docTitle());
        row.put("section", i.sectionPath());
        row.put("leads", i.leads());
        row.put("units", i.units());
        row.put("leaders", i.leaders());
        row.put("deadline", i.deadline());
        row.put("deadlineText", i.deadlineText());
        row.put("status", i.status());
        row.put("statusText", i.statusText());
        row.put("percent", i.percent());
        row.put("progress", i.progressText());
        row.put("reportedAs", i.reportedAs());
        row.put("reportedAsOf", i.asOf());
        row.put("report", i.reportTitle());
        row.put("sourceFile", i.sourceFile());
        row.put("line", i.line());
        row.put("reports", i.reports());
        row.put("state", r.state());
        row.put("overdue", r.overdue());
        row.put("dueSoon", r.dueSoon());
        row.put("behind", r.behind());
        row.put("done", r.done());
        return row;
    }

}
