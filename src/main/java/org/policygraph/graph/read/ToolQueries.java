package org.policygraph.graph.read;

import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.StoreUnavailableException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** The read queries behind the agents' tools (cypher/tool-*.cypher): tasks by text and filters, a clause, deadlines. */
public final class ToolQueries {
    private final ReadQueries queries;
    private final ProgressBoard progress;

    public ToolQueries(Neo4jStore store) {
        this.queries = new ReadQueries(store);
        this.progress = new ProgressBoard(store);
    }

    /** The 督办 reads (issue 26), for the progress route and tool. */
    public ProgressBoard progress() {
        return progress;
    }

    /** A filter left null is not applied; {@code dueBefore} and dates are ISO {@code YYYY-MM-DD}. */
    public record TaskFilter(String text, String department, String document, String jurisdiction, String dueBefore,
                             int limit) {
    }

    public List<TaskClause> findTasks(TaskFilter filter) {
        String lucene = LuceneQuery.escape(filter.text());
        if (lucene.isBlank()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("query", lucene);
        params.put("department", filter.department());
        params.put("document", filter.document());
        params.put("jurisdiction", filter.jurisdiction());
        params.put("dueBefore", filter.dueBefore());
        params.put("limit", filter.limit());
        return read("tool-find-tasks", params, ToolQueries::clause);
    }

    public Optional<TaskClause> cite(String taskId) {
        return read("tool-cite", Map.of("id", taskId), ToolQueries::clause).stream().findFirst();
    }

    public List<DeadlineEntry> deadlines(String from, String to, String department, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("department", department);
        params.put("limit", limit);
        return read("tool-deadlines", params, ExplorerRows::deadlineEntry);
    }

    private <T> List<T> read(String name, Map<String, Object> params, java.util.function.Function<Record, T> mapper) {
        try {
            return queries.list(name, params, mapper);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new StoreUnavailableException("Graph store unavailable: " + e.getMessage(), e);
        }
    }

    private static TaskClause clause(Record row) {
        return new TaskClause(text(row, "id"), text(row, "text"), text(row, "docNo"), text(row, "docKey"),
                text(row, "docTitle"), text(row, "jurisdiction"), text(row, "sectionPath"),
                text(row, "sectionHeading"), text(row, "sourceFile"), row.get("line").asInt(0), maps(row, "leads"),
                maps(row, "supports"), maps(row, "deadlines"),
                row.get("targets").asList(v -> v.asObject().toString()).stream().distinct().toList(),
                row.get("score").asDouble(0));
    }

    private static String text(Record row, String key) {
        Value value = row.get(key);
        return value.isNull() ? null : value.asObject().toString();
    }

    private static List<Map<String, Object>> maps(Record row, String key) {
        return row.get(key).asList(Value::asMap);
    }
}
