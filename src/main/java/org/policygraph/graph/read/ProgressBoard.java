package org.policygraph.graph.read;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.StoreUnavailableException;
import org.policygraph.progress.UnitMatch;

/**
 * The 督办 reads (cypher/progress-*.cypher), all as of a date: the tasks reports speak of with their latest
 * progress, and the tasks whose deadline falls in a window with theirs. Reports dated after the as-of date are
 * not seen, so the same store answers "as of June" and "as of September".
 */
public final class ProgressBoard {
    private static final int DUE_LIMIT = 2000;
    private final ReadQueries queries;

    public ProgressBoard(Neo4jStore store) {
        this.queries = new ReadQueries(store);
    }

    /** Whether any progress report is imported. */
    public boolean hasReports() {
        try {
            return queries.list("progress-exists", Map.of(), r -> r.get("has").asBoolean()).get(0);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new StoreUnavailableException("Graph store unavailable: " + e.getMessage(), e);
        }
    }

    /** Every task with a report as of {@code asOf}, with its latest one. */
    public List<ProgressItem> reported(LocalDate asOf) {
        return read("progress-reported", Map.of("asOf", asOf.toString()));
    }

    /** The board: every reported task as of the filter's date that passes its filters, with its colour. */
    public BoardView board(BoardFilter filter) {
        List<ProgressItem> all = reported(filter.asOf());
        return BoardView.of(filter, all, all.stream()
                .filter(i -> filter.unit() == null || UnitMatch.any(filter.unit(), i.leads())
                        || UnitMatch.any(filter.unit(), i.units()))
                .filter(i -> filter.leader() == null || BoardFilter.sameLeader(filter.leader(), i.leaders()))
                .filter(i -> filter.document() == null || ofDocument(i, filter.document()))
                .map(i -> BoardRow.of(i, filter.asOf()))
                .filter(r -> filter.state() == null || r.in(filter.state()))
                .toList());
    }

    private static boolean ofDocument(ProgressItem item, String document) {
        return document.equals(item.docNo()) || document.equals(item.docKey())
                || item.docTitle() != null && item.docTitle().contains(document);
    }

    /** Tasks whose completion deadline lies in [from, to], with their latest report as of {@code asOf}, if any. */
    public List<ProgressItem> due(LocalDate from, LocalDate to, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from.toString());
        params.put("to", to.toString());
        params.put("asOf", asOf.toString());
        params.put("limit", DUE_LIMIT);
        return read("progress-due", params);
    }

    private List<ProgressItem> read(String name, Map<String, Object> params) {
        try {
            return queries.aggregate(name, params, ProgressBoard::item);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new StoreUnavailableException("Graph store unavailable: " + e.getMessage(), e);
        }
    }

    private static ProgressItem item(Record r) {
        return new ProgressItem(r.get("taskId").asString(), r.get("taskText").asString(""),
                r.get("notInPlan").asBoolean(false), r.get("sectionPath").asString(null),
                r.get("sectionHeading").asString(null), r.get("docNo").asString(null), r.get("docKey").asString(null),
                r.get("docTitle").asString(null), r.get("jurisdiction").asString(null),
                r.get("leads").asList(Value::asString), r.get("leaders").asList(Value::asString),
                r.get("deadline").asString(null),
                r.get("deadlineText").asString(null), r.get("asOf").asString(null), r.get("reportedAs").asString(null),
                r.get("status").asString(null),
                r.get("statusText").asString(null), r.get("percent").isNull() ? null : r.get("percent").asDouble(),
                r.get("progressText").asString(null), r.get("units").asList(Value::asString),
                r.get("reportTitle").asString(null), r.get("reportDocNo").asString(null),
                r.get("taskSourceFile").asString(null), r.get("taskLine").asInt(0), r.get("sourceFile").asString(null),
                r.get("line").asInt(0), r.get("reports").asInt(0));
    }
}
