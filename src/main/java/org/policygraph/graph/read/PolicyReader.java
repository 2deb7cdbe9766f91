package org.policygraph.graph.read;

import org.policygraph.graph.CypherFile;
import org.policygraph.graph.Neo4jStore;

import static org.policygraph.graph.read.GraphRecords.integer;
import static org.policygraph.graph.read.GraphRecords.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

/** The read side of the policy graph used to answer questions: every query is read-only and parameterised. */
public final class PolicyReader {
    private final ReadQueries queries;

    public PolicyReader(Neo4jStore store) {
        this.queries = new ReadQueries(store);
    }

    /** The text of a named read query (src/main/resources/cypher/NAME.cypher), to show how an answer was found. */
    public static String cypher(String name) {
        return CypherFile.named(name);
    }

    /**
     * The graph's version token: it changes with every import and vector build; null before the first. Read once,
     * not retried, so a store that went away fails this read at once.
     */
    public String graphVersion() {
        return queries.once("ask-graph-version", Map.of(), row -> text(row, "token")).get(0);
    }

    /** The facts of every task, in store order: the asker's read model, loaded at start and after graph changes. */
    public List<TaskFacts> allFacts() {
        return queries.listAll("ask-all-task-facts", Collections.singletonMap("keys", null), GraphRecords::taskFacts);
    }

    /** Each document's stamp (see ask-document-stamps): a document whose stamp is unchanged has the same tasks. */
    public Map<String, String> documentStamps() {
        Map<String, String> stamps = new HashMap<>();
        queries.listAll("ask-document-stamps", Map.of(), row -> Map.entry(text(row, "key"), text(row, "stamp")))
                .forEach(stamp -> stamps.put(stamp.getKey(), stamp.getValue()));
        return stamps;
    }

    /** The facts of the tasks of the given documents, in store order. */
    public List<TaskFacts> factsOfDocuments(Collection<String> docKeys) {
        return queries.listAll("ask-all-task-facts", Map.of("keys", List.copyOf(docKeys)),
                GraphRecords::taskFacts);
    }

    /** The vectors of the tasks of the given documents, each handed to {@code use} with its document's key. */
    public void forEachTaskVectorOf(Collection<String> docKeys, BiConsumer<String, TaskVector> use) {
        queries.forEachAll("ask-task-vectors-of-documents", Map.of("keys", List.copyOf(docKeys)),
                row -> use.accept(text(row, "docKey"), taskVector(row)));
    }

    public List<TaskVector> taskVectors() {
        return queries.listAll("ask-task-vectors", Map.of(), PolicyReader::taskVector);
    }

    /** Every task's vector handed to {@code use} as it is read, none kept (a 40x store's are 190 MB). */
    public void forEachTaskVector(java.util.function.Consumer<TaskVector> use) {
        queries.forEachAll("ask-task-vectors", Map.of(), row -> use.accept(taskVector(row)));
    }

    private static TaskVector taskVector(org.neo4j.driver.Record row) {
        Value values = row.get("embedding");
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) values.get(i).asDouble();
        }
        return new TaskVector(text(row, "id"), vector);
    }

    /** Empty when the vector index has not been built yet. */
    public List<ScoredId> nearestTasks(float[] vector, int limit) {
        return optional(() -> queries.list("ask-task-vector", Map.of("vector", asList(vector), "limit", limit),
                this::scored));
    }

    /** A missing index or an unparsable search string is "no hits", not a failure of the whole answer. */
    private static List<ScoredId> optional(java.util.function.Supplier<List<ScoredId>> search) {
        try {
            return search.get();
        } catch (ClientException e) {
            return List.of();
        }
    }

    /** Where every document, section and task starts. */
    public List<TaskSpan> taskSpans() {
        return queries.listAll("recall-task-spans", Map.of(), row -> new TaskSpan(text(row, "id"),
                text(row, "kind"), text(row, "sourceFile"), integer(row, "line"), text(row, "section")));
    }

    public List<TaskFacts> facts(List<String> taskIds) {
        return queries.list("ask-task-facts", Map.of("ids", taskIds), GraphRecords::taskFacts);
    }

    public List<DocumentSummary> documents() {
        return queries.listAll("ask-documents", Map.of(), GraphRecords::documentSummary);
    }

    public List<DepartmentSummary> departments() {
        return queries.listAll("ask-departments", Map.of(), row -> GraphRecords.departmentSummary(row, "leads",
                "supports"));
    }

    /** The tasks of the departments so named (several places may each have one). */
    public List<DepartmentRole> departmentTasks(List<String> departments) {
        return queries.list("ask-department-tasks", Map.of("names", departments),
                row -> new DepartmentRole(text(row, "id"), text(row, "role"), text(row, "basis"), text(row, "name")));
    }

    /** The counts, rankings and due lists of graph questions. */
    public GraphTallies tallies() {
        return new GraphTallies(queries);
    }

    /** The documents the document cites, each as its number and title (either may be null). */
    public List<CitedTitle> cites(String docKey) {
        return queries.list("ask-document-cites", Map.of("key", docKey),
                row -> new CitedTitle(text(row, "docNo"), text(row, "title")));
    }

    /** The attachments the document lists, as written (「重点工作任务分工表（略）」), in their order. */
    public List<String> attachments(String docKey) {
        return queries.list("ask-document-attachments", Map.of("key", docKey), row -> text(row, "attachment"));
    }

    public List<TargetResult> targetResults(List<String> taskIds) {
        return queries.list("ask-target-results", Map.of("ids", taskIds), GraphRecords::targetResult);
    }

    private ScoredId scored(org.neo4j.driver.Record row) {
        return new ScoredId(text(row, "id"), row.get("score").asDouble());
    }

    private static List<Double> asList(float[] vector) {
        List<Double> values = new ArrayList<>(vector.length);
        for (float v : vector) {
            values.add((double) v);
        }
        return values;
    }
}
