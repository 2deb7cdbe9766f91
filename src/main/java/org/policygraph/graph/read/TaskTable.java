package org.policygraph.graph.read;

import org.policygraph.graph.CypherFile;
import org.policygraph.graph.Neo4jStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Reads the task division table (cypher/export-tasks.cypher) in a read transaction. */
public final class TaskTable {
    private final Neo4jStore store;

    public TaskTable(Neo4jStore store) {
        this.store = store;
    }

    static final String QUERY = "export-tasks";

    /** Every task, or those of one document and/or one department (null: no filter). */
    public List<TaskRow> rows(String document, String department) {
        try (Session session = store.readSession()) {
            return session.executeRead(tx -> tx.run(CypherFile.named(QUERY), parameters(document, department))
                    .list(TaskTable::row));
        }
    }

    static Map<String, Object> parameters(String document, String department) {
        Map<String, Object> params = new HashMap<>();
        params.put("document", document);
        params.put("department", department);
        return params;
    }

    static TaskRow row(Record r) {
        List<Map<String, Object>> deadlines = maps(r.get("deadlines"));
        return new TaskRow(r.get("docNo").asString(null), r.get("docKey").asString(), r.get("title").asString(null),
                r.get("jurisdiction").asString(null), r.get("id").asString(), r.get("sectionPath").asString(""),
                r.get("sectionHeading").asString(""), r.get("text").asString(), r.get("sourceFile").asString(null),
                r.get("line").asInt(0), units(r.get("leads")), units(r.get("supports")),
                deadlines.isEmpty() ? null : deadlines.get(0), maps(r.get("targets")), units(r.get("leaders")));
    }

    /** Units in the order the text lists them, without the ordering key. */
    private static List<Map<String, Object>> units(Value value) {
        List<Map<String, Object>> units = new ArrayList<>(maps(value));
        units.sort(Comparator.comparingLong(u -> ((Number) u.getOrDefault("order", 0L)).longValue()));
        units.forEach(u -> u.remove("order"));
        return units;
    }

    private static List<Map<String, Object>> maps(Value value) {
        return value.asList(v -> new LinkedHashMap<>(v.asMap()));
    }
}
