package org.policygraph.graph.read;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Maps driver rows onto the read-side records. */
final class GraphRecords {
    private GraphRecords() {
    }

    static String text(Record row, String key) {
        Value value = row.get(key);
        return value == null || value.isNull() ? null : value.asObject().toString();
    }

    static int integer(Record row, String key) {
        Value value = row.get(key);
        return value == null || value.isNull() ? 0 : value.asInt();
    }

    static DocumentSummary documentSummary(Record row) {
        return new DocumentSummary(text(row, "key"), text(row, "docNo"), text(row, "title"), text(row, "issuer"),
                text(row, "issuedOn"), text(row, "sourceFile"), integer(row, "line"), text(row, "jurisdiction"),
                row.get("tasks").asLong(0), row.get("targets").asLong(0), row.get("stub").asBoolean(false));
    }

    /** {@code leads} and {@code supports}: the columns holding the counts. */
    static DepartmentSummary departmentSummary(Record row, String leads, String supports) {
        return new DepartmentSummary(text(row, "name"), text(row, "fullName"), text(row, "nameEn"),
                row.get("aliases").asList(Value::asString), text(row, "level"), row.get(leads).asLong(0),
                row.get(supports).asLong(0), row.get("inDictionary").asBoolean(false));
    }

    static TaskFacts taskFacts(Record row) {
        return new TaskFacts(text(row, "id"), text(row, "docKey"), text(row, "docNo"), text(row, "title"),
                text(row, "issuedOn"), text(row, "issuer"), text(row, "sectionPath"), text(row, "sectionHeading"),
                text(row, "text"), text(row, "sourceFile"), integer(row, "line"),
                assignments(row.get("leads")), assignments(row.get("supports")),
                text(row, "dueDate"), text(row, "duePrecision"), text(row, "dueText"), text(row, "dueKind"),
                row.get("targets").asList(GraphRecords::target), row.get("projects").asList(Value::asString),
                row.keys().contains("dueQuote") ? text(row, "dueQuote") : null,
                row.keys().contains("named") ? assignments(row.get("named")) : List.of());
    }

    static TargetResult targetResult(Record row) {
        Value actual = row.get("actual");
        return new TargetResult(text(row, "taskId"), text(row, "goalTaskId"), target(row.get("goal")),
                text(row, "actualTaskId"), actual.isNull() ? null : target(actual), text(row, "verdict"));
    }

    private static List<Assignment> assignments(Value list) {
        return list.asList(v -> new Assignment(string(v.get("name")), string(v.get("nameEn")),
                string(v.get("basis")), string(v.get("quote"))));
    }

    private static TargetInfo target(Value v) {
        Map<String, Object> map = v.asMap();
        Object value = map.get("value");
        Object year = map.get("year");
        return new TargetInfo((String) map.get("id"), (String) map.get("metric"),
                value instanceof Number n ? n.doubleValue() : null, (String) map.get("unit"),
                year instanceof Number y ? y.intValue() : null, (String) map.get("comparator"),
                (String) map.get("text"));
    }

    private static String string(Value value) {
        return value == null || value.isNull() ? null : value.asObject().toString();
    }
}
