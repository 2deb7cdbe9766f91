package org.policygraph.graph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.extract.ExtractedDocument;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.progress.ProgressReport;
import org.policygraph.progress.ProgressRow;

/** The parameters of import-progress.cypher: the progress reports of a batch and their rows. */
final class ProgressParameters {
    private ProgressParameters() {
    }

    static Map<String, Object> of(ImportBatch batch) {
        List<Map<String, Object>> reports = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ExtractedDocument extracted : batch.documents()) {
            ProgressReport report = extracted.progress();
            if (report == null) {
                continue;
            }
            ParsedDocument doc = extracted.document();
            Map<String, Object> r = new HashMap<>();
            r.put("docKey", doc.key());
            r.put("asOf", report.asOf() == null ? null : report.asOf().toString());
            r.put("asOfSource", report.asOfSource());
            r.put("planTitles", report.planTitles());
            r.put("reportTitle", report.title());
            reports.add(r);
            int ordinal = 0;
            for (ProgressRow row : report.rows()) {
                rows.add(Map.of("id", doc.key() + "#progress@" + row.line() + "." + (++ordinal), "docKey", doc.key(),
                        "props", props(doc, report, row)));
            }
        }
        return Map.of("reports", reports, "progress", rows);
    }

    private static Map<String, Object> props(ParsedDocument doc, ProgressReport report, ProgressRow row) {
        Map<String, Object> p = new HashMap<>();
        p.put("docKey", doc.key());
        p.put("docNo", doc.docNo());
        p.put("jurisdiction", doc.jurisdiction().name());
        p.put("asOf", report.asOf() == null ? null : report.asOf().toString());
        p.put("name", row.name());
        p.put("units", row.units());
        p.put("lead", row.lead());
        p.put("text", row.text());
        p.put("percent", row.percent());
        p.put("lagPoints", row.lagPoints());
        p.put("status", row.status());
        p.put("statusText", row.statusText());
        p.put("deadlineText", row.deadlineText());
        p.put("sourceFile", doc.sourceFile());
        p.put("line", row.line());
        return p;
    }
}
