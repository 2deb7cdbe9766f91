package org.policygraph.graph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.policygraph.graph.CypherFile;
import org.policygraph.progress.ProgressMatcher;
import org.policygraph.progress.ProgressReport;
import org.policygraph.progress.ProgressRow;
import org.policygraph.progress.ReportLinker;
import org.policygraph.progress.TaskCandidate;

/**
 * Progress reports in the import's transaction: their rows are written, then every row not linked to a plan's task
 * (new rows, rows whose plan was re-imported, rows of work in no plan) is matched again against the tasks of its
 * place ({@link ReportLinker}); a row that matches none becomes its own task flagged notInPlan.
 */
final class ProgressLinks {
    private static final List<String> WRITE = CypherFile.statements("cypher/import-progress.cypher");
    private static final List<String> LINK = CypherFile.statements("cypher/import-progress-link.cypher");
    private static final String PLAN = "import-progress-candidates";
    private static final String OWN = "import-progress-own-tasks";

    private ProgressLinks() {
    }

    static void write(TransactionContext tx, ImportBatch batch) {
        Map<String, Object> params = ProgressParameters.of(batch);
        if (!((List<?>) params.get("reports")).isEmpty()) {
            WRITE.forEach(statement -> tx.run(statement, params).consume());
        }
    }

    static void link(TransactionContext tx) {
        Map<String, List<Record>> byReport = new LinkedHashMap<>();
        tx.run(CypherFile.named("import-progress-unlinked")).list()
                .forEach(r -> byReport.computeIfAbsent(r.get("report").asString(), k -> new ArrayList<>()).add(r));
        Map<String, List<TaskCandidate>> places = new HashMap<>();
        for (List<Record> rows : byReport.values()) {
            String place = rows.get(0).get("jurisdiction").asString(null);
            List<TaskCandidate> tasks = places.computeIfAbsent(String.valueOf(place), k -> candidates(tx, PLAN, place));
            ProgressReport report = report(rows);
            List<Optional<ProgressMatcher.Match>> matches = ReportLinker.link(report, tasks);
            ProgressMatcher earlier = new ProgressMatcher(candidates(tx, OWN, place));
            List<Map<String, Object>> links = new ArrayList<>();
            List<Map<String, Object>> own = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String id = rows.get(i).get("id").asString();
                Optional<ProgressMatcher.Match> match = matches.get(i);
                if (match.isEmpty() && !rows.get(i).get("hasOwnTask").asBoolean()) {
                    match = earlier.match(report.rows().get(i));
                    if (match.isEmpty()) {
                        own.add(Map.of("progress", id));
                    }
                }
                match.ifPresent(m -> links.add(Map.of("progress", id, "task", m.task().id(), "score", m.score())));
            }
            LINK.forEach(statement -> tx.run(statement, Map.of("links", links)).consume());
            tx.run(CypherFile.named("import-progress-own"), Map.of("own", own)).consume();
        }
    }

    private static ProgressReport report(List<Record> rows) {
        List<ProgressRow> read = rows.stream().map(r -> new ProgressRow(r.get("line").asInt(0),
                r.get("name").asString(""), r.get("units").asList(Value::asString), "", null, null, null, null, null))
                .toList();
        return new ProgressReport(null, null, null, read, rows.get(0).get("planTitles").asList(Value::asString), null);
    }

    private static List<TaskCandidate> candidates(TransactionContext tx, String query, String place) {
        Map<String, Object> params = new HashMap<>();
        params.put("jurisdiction", place);
        return tx.run(CypherFile.named(query), params).list(r -> new TaskCandidate(
                r.get("id").asString(), r.get("docKey").asString(), r.get("docTitle").asString(""),
                r.get("text").asString(""), r.get("leads").asList(Value::asString),
                r.get("supports").asList(Value::asString)));
    }
}
