package org.policygraph.graph.read;

import static org.policygraph.graph.read.GraphRecords.text;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The counts, rankings and due lists a question asks of the graph (graph-count-tasks, graph-rank-units,
 * graph-rank-documents): read-only, parameterised, each within the time limit of aggregates.
 */
public final class GraphTallies {
    private final ReadQueries queries;

    GraphTallies(ReadQueries queries) {
        this.queries = queries;
    }

    /** Every task the filter takes, one row each, in reading order (or by due date). */
    public List<TaskTally> tasks(TallyFilter filter) {
        return queries.aggregate("graph-count-tasks", filter.parameters(), row -> new TaskTally(text(row, "id"),
                row.get("roles").asList(Value::asString), text(row, "dueDate")));
    }

    /** Departments by the number of tasks the filter takes, most first; {@code shown} task ids of each. */
    public List<TaskGroup> units(TallyFilter filter, int limit, int shown) {
        return queries.aggregate("graph-rank-units", limited(filter, limit, shown), GraphTallies::group);
    }

    /** Documents by the number of tasks the filter takes, most first; {@code shown} task ids of each. */
    public List<TaskGroup> documents(TallyFilter filter, int limit, int shown) {
        return queries.aggregate("graph-rank-documents", limited(filter, limit, shown), GraphTallies::group);
    }

    private static Map<String, Object> limited(TallyFilter filter, int limit, int shown) {
        Map<String, Object> parameters = filter.parameters();
        parameters.put("limit", limit);
        parameters.put("shown", shown);
        return parameters;
    }

    private static TaskGroup group(Record row) {
        return new TaskGroup(text(row, "key"), text(row, "label"), text(row, "jurisdiction"),
                row.get("tasks").asLong(0), row.get("shown").asList(Value::asString));
    }
}
