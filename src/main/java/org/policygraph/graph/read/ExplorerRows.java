package org.policygraph.graph.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Maps the rows of the explorer queries to records. */
final class ExplorerRows {
    private ExplorerRows() {
    }

    static Optional<DepartmentChain> departmentChain(List<Record> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record first = rows.get(0);
        DepartmentSummary department = GraphRecords.departmentSummary(first, "leadCount", "supportCount");
        List<ChainTask> tasks = rows.stream().filter(row -> !row.get("taskId").isNull())
                .map(ExplorerRows::chainTask)
                .sorted(Comparator.comparing(ChainTask::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return Optional.of(new DepartmentChain(department, tasks));
    }

    private static ChainTask chainTask(Record row) {
        List<String> deadline = earliest(row.get("deadlines"));
        return new ChainTask(text(row, "taskId"), text(row, "role"), text(row, "basis"), text(row, "text"),
                text(row, "docKey"), text(row, "docNo"), text(row, "docTitle"), text(row, "section"),
                text(row, "sourceFile"), row.get("line").asInt(0), deadline.get(0), deadline.get(1),
                strings(row, "targets"), strings(row, "leads"), strings(row, "supports"));
    }

    static DocumentOutline outline(Record document, DocumentSummary summary, List<Record> sectionRows,
                                   List<Record> taskRows) {
        Map<String, List<OutlineTask>> tasksByPath = new LinkedHashMap<>();
        for (Record row : taskRows) {
            OutlineTask task = outlineTask(row);
            tasksByPath.computeIfAbsent(task.sectionPath() == null ? "" : task.sectionPath(),
                    path -> new ArrayList<>()).add(task);
        }
        List<OutlineSection> sections = new ArrayList<>();
        List<OutlineTask> top = tasksByPath.remove("");
        if (top != null) {
            sections.add(new OutlineSection("", null, null, 0, 0, top));
        }
        for (Record row : sectionRows) {
            String path = text(row, "path");
            sections.add(new OutlineSection(path, text(row, "number"), text(row, "heading"),
                    row.get("level").asInt(1), row.get("line").asInt(0), tasksByPath.getOrDefault(path, List.of())));
        }
        List<DocumentSummary> cites = document.get("cites").asList(value -> new DocumentSummary(
                value.get("key").asString(null), value.get("docNo").asString(null), value.get("title").asString(null),
                null, null, null, 0, null, 0, 0, value.get("stub").asBoolean(false)));
        return new DocumentOutline(summary, sections, cites);
    }

    private static OutlineTask outlineTask(Record row) {
        List<String> deadline = earliest(row.get("deadlines"));
        return new OutlineTask(text(row, "id"), text(row, "text"), text(row, "sectionPath"), row.get("line").asInt(0),
                strings(row, "leads"), strings(row, "supports"), deadline.get(0), deadline.get(1),
                strings(row, "targets"));
    }

    static DeadlineEntry deadlineEntry(Record row) {
        return new DeadlineEntry(text(row, "date"), text(row, "precision"), text(row, "taskId"), text(row, "text"),
                text(row, "docKey"), text(row, "docNo"), text(row, "docTitle"), text(row, "section"),
                row.get("line").asInt(0), strings(row, "leads"), strings(row, "supports"));
    }

    static SearchHit searchHit(Record row) {
        return new SearchHit(text(row, "kind"), text(row, "key"), text(row, "label"), text(row, "detail"),
                text(row, "docNo"), row.get("line").asInt(0), row.get("score").asDouble(0));
    }

    static SuggestionSeed suggestionSeed(Record row) {
        return new SuggestionSeed(text(row, "kind"), text(row, "subject"), text(row, "detail"));
    }

    /** The earliest [date, precision] of a list of such pairs, or [null, null]. */
    private static List<String> earliest(Value pairs) {
        List<String> best = java.util.Arrays.asList(null, null);
        for (Value pair : pairs.values()) {
            String date = pair.get(0).asString(null);
            if (date != null && (best.get(0) == null || date.compareTo(best.get(0)) < 0)) {
                best = java.util.Arrays.asList(date, pair.get(1).asString(null));
            }
        }
        return best;
    }

    private static String text(Record row, String key) {
        Value value = row.get(key);
        return value.isNull() ? null : value.asObject().toString();
    }

    /** The distinct strings of a list column, in order (two targets of one sentence share their text). */
    private static List<String> strings(Record row, String key) {
        return row.get(key).asList(value -> value.asObject().toString()).stream().distinct().toList();
    }
}
