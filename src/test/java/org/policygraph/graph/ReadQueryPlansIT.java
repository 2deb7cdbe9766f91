package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.policygraph.TestGraph;

/**
 * The read queries that run per question or per page find their nodes through indexes: EXPLAIN of each named
 * Cypher file, with parameters taken from the shipped corpus, plans an index seek for every lookup by a key
 * property and no scan (AllNodesScan, NodeByLabelScan, NodeIndexScan, NodeIndexContainsScan ...), except the scans
 * listed with the query that reads everything of a label by design. Checked on the plan, not by timing.
 */
class ReadQueryPlansIT {
    private static final Pattern INDEXED = Pattern.compile(":(\\w+)\\((\\w+)");
    private static final Pattern LABEL = Pattern.compile("\\w+:(\\w+)");
    private static final Map<String, Object> PARAMETERS = new HashMap<>();

    /** A query, the indexes (Label(property)) its lookups must seek and the scans it makes by design, with why. */
    record Read(String query, List<String> seeks, Map<String, String> scans) {
        @Override
        public String toString() {
            return query;
        }
    }

    @BeforeAll
    static void takeParametersFromTheCorpus() {
        try (Session session = TestGraph.corpus().readSession()) {
            Record task = session.run("""
                    MATCH (t:Task)-[:SETS]->(:Target)-[:RESULT]-(:Target) MATCH (t)-[:PART_OF]->(:Section)
                    RETURN t.id AS id, t.docKey AS docKey LIMIT 1""").single();
            Record document = session.run("""
                    MATCH (d:Document {key: $key}) RETURN d.docNo AS docNo""",
                    Map.of("key", task.get("docKey").asString())).single();
            List<String> ids = session.run("MATCH (t:Task {docKey: $key}) RETURN t.id AS id ORDER BY t.line LIMIT 20",
                    Map.of("key", task.get("docKey").asString())).list(r -> r.get("id").asString());
            List<String> departments = session.run("""
                    MATCH (d:Department)-[:LEADS]->(:Task) RETURN d.name AS name, count(*) AS n
                    ORDER BY n DESC LIMIT 3""").list(r -> r.get("name").asString());
            PARAMETERS.putAll(Map.of("id", task.get("id").asString(), "ids", ids, "docKey",
                    task.get("docKey").asString(), "docNo", document.get("docNo").asString(), "names", departments,
                    "name", departments.get(0), "query", "对外开放", "limit", 10, "perKind", 10));
            PARAMETERS.putAll(Map.of("index", "task_text", "kind", "task", "weight", 1.0, "from", "2017-01-01",
                    "to", "2018-12-31", "dueBefore", "2018-12-31", "jurisdiction", "郑州市"));
            PARAMETERS.put("document", document.get("docNo").asString());
            PARAMETERS.put("department", departments.get(0));
        }
        assertThat(PARAMETERS.get("docNo")).asString().contains("〔");
    }

    static Stream<Read> perRequestReads() {
        String catalog = "the asker's catalog: read whole once at start and after each graph change";
        return Stream.of(
                // Per question (PolicyReader).
                new Read("ask-task-facts", List.of("Task(id)", "Document(key)"), Map.of()),
                new Read("ask-department-tasks", List.of("Department(name)"), Map.of()),
                new Read("ask-target-results", List.of("Task(id)"), Map.of()),
                // Every second, by each server (GraphVersionWatch).
                new Read("ask-graph-version", List.of("GraphVersion(key)"), Map.of()),
                // Per page or API call (ExplorerQueries, TaskTable).
                new Read("explorer-department", List.of("Department(name)", "Department(fullName)"), Map.of()),
                new Read("explorer-document", List.of("Document(docNo)", "Document(key)", "ExternalDocument(docNo)",
                        "ExternalDocument(key)"), Map.of()),
                new Read("explorer-document-sections", List.of("Section(docKey)"), Map.of()),
                new Read("explorer-document-tasks", List.of("Task(docKey)"), Map.of()),
                new Read("explorer-search", List.of(), Map.of()),
                new Read("export-tasks", List.of("Task(docKey)"), Map.of("NodeByLabelScan:Document",
                        "the task table picks its documents by number, key or title words (CONTAINS)")),
                new Read("explorer-deadlines", List.of("Document(key)"), Map.of("NodeIndexScan:Deadline",
                        "the calendar: every dated deadline, in date order")),
                // Per agent tool call (ToolQueries).
                new Read("tool-cite", List.of("Task(id)", "Document(key)"), Map.of()),
                new Read("tool-find-tasks", List.of("Document(key)"), Map.of()),
                new Read("tool-deadlines", List.of("Deadline(date)", "Document(key)"), Map.of()),
                // Whole reads by design, whose lookups still seek.
                new Read("ask-all-task-facts", List.of("Document(key)"), Map.of("NodeByLabelScan:Task", catalog)),
                new Read("ask-documents", List.of("Task(docKey)", "Target(docKey)"), Map.of("NodeByLabelScan:Document", catalog)),
                new Read("ask-departments", List.of(), Map.of("NodeByLabelScan:Department", catalog)),
                new Read("ask-task-vectors", List.of(), Map.of("NodeByLabelScan:Task", catalog)),
                new Read("explorer-departments", List.of(), Map.of("NodeByLabelScan:Department",
                        "the department list page: every department with its task counts")),
                new Read("explorer-documents", List.of("Task(docKey)", "Target(docKey)"), Map.of(
                        "NodeByLabelScan:Document", "the document list page: every document",
                        "NodeByLabelScan:ExternalDocument", "the document list page: every cited document")),
                new Read("explorer-suggestions", List.of("Task(docKey)"), Map.of(
                        "NodeByLabelScan:Project", "suggestion subjects, memoised for 10 minutes by ExplorerRoutes",
                        "NodeByLabelScan:Department", "suggestion subjects, memoised for 10 minutes by ExplorerRoutes",
                        "UndirectedRelationshipTypeScan:SAME_TARGET",
                        "suggestion subjects, memoised for 10 minutes by ExplorerRoutes",
                        "NodeByLabelScan:Document", "suggestion subjects, memoised for 10 minutes by ExplorerRoutes",
                        "NodeIndexScan:Document", "suggestion subjects, memoised for 10 minutes by ExplorerRoutes")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perRequestReads")
    void should_seek_an_index_for_every_lookup_by_key(Read read) {
        Plan plan = explain(CypherFile.named(read.query()));

        assertThat(violations(plan, read)).as("plan of %s:%n%s", read.query(), describe(plan, "")).isEmpty();
    }

    @Test
    void should_report_a_lookup_by_key_that_scans_its_label() {
        Read scanning = new Read("scanning", List.of("Task(id)"), Map.of());
        Plan plan = explain("MATCH (t:Task) WHERE toLower(t.id) = toLower($id) RETURN t.text AS text");

        assertThat(violations(plan, scanning)).anyMatch(v -> v.startsWith("NodeByLabelScan"))
                .anyMatch(v -> v.contains("Task(id)"));
    }

    private static Plan explain(String cypher) {
        try (Session session = TestGraph.corpus().readSession()) {
            return session.run("EXPLAIN\n" + cypher, PARAMETERS).consume().plan();
        }
    }

    /** Scans not listed with the query, and listed seeks missing from the plan. */
    private static List<String> violations(Plan plan, Read read) {
        List<String> violations = new ArrayList<>();
        Set<String> seeks = new TreeSet<>();
        walk(plan, node -> {
            String operator = operator(node);
            String details = details(node);
            if (operator.contains("Seek")) {
                Matcher indexed = INDEXED.matcher(details);
                while (indexed.find()) {
                    seeks.add(indexed.group(1) + "(" + indexed.group(2) + ")");
                }
            } else if (operator.endsWith("Scan")) {
                Matcher label = LABEL.matcher(details);
                String scan = operator + ":" + (label.find() ? label.group(1) : "");
                if (operator.equals("AllNodesScan") || !read.scans().containsKey(scan)) {
                    violations.add(scan + " (" + details + ")");
                }
            }
        });
        read.seeks().stream().filter(s -> !seeks.contains(s)).forEach(s -> violations.add("no seek on " + s));
        return violations;
    }

    private static void walk(Plan plan, java.util.function.Consumer<Plan> visit) {
        visit.accept(plan);
        plan.children().forEach(child -> walk(child, visit));
    }

    /** The operator without its runtime suffix: NodeIndexSeek@neo4j is NodeIndexSeek. */
    private static String operator(Plan plan) {
        String type = plan.operatorType();
        int at = type.indexOf('@');
        return at < 0 ? type : type.substring(0, at);
    }

    private static String details(Plan plan) {
        return plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
    }

    private static String describe(Plan plan, String indent) {
        return indent + operator(plan) + " " + details(plan) + "\n" + plan.children().stream()
                .map(child -> describe(child, indent + "  ")).collect(Collectors.joining());
    }
}
