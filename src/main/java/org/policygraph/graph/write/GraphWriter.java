package org.policygraph.graph.write;

import org.policygraph.graph.CypherFile;
import org.policygraph.graph.Neo4jStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes an import into the graph in one transaction: the content of replaced and removed documents is cleared,
 * new and changed documents are written with one statement per kind of node or relation for the whole batch,
 * their recurring targets linked, results and progress re-linked. A failure anywhere leaves the graph as it was.
 */
public final class GraphWriter {
    private static final List<String> CLEAR = CypherFile.statements("cypher/import-clear-documents.cypher");
    private static final List<String> WRITE = CypherFile.statements("cypher/import-documents.cypher");
    private static final List<String> DELETE = CypherFile.statements("cypher/import-delete-documents.cypher");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");
    private static final Pattern UNWOUND = Pattern.compile("UNWIND \\$(\\w+)");
    private static final List<String> RECURRING_BATCHED =
            CypherFile.statements("cypher/import-link-recurring-targets-batched.cypher");
    private static final List<String> RESULTS = CypherFile.statements("cypher/import-link-target-results.cypher");

    /** What happened to one document. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    /** A document as stored by an earlier import. */
    public record StoredDocument(String key, String sourceFile, String fingerprint, String sourceFingerprint) {
    }

    private final Neo4jStore store;

    public GraphWriter(Neo4jStore store) {
        this.store = store;
    }

    /** Every document in the graph, by key. */
    public Map<String, StoredDocument> storedDocuments() {
        try (Session session = store.readSession()) {
            return session.executeRead(tx -> tx.run(CypherFile.named("import-stored-documents")).list(r ->
                    new StoredDocument(r.get("key").asString(), r.get("sourceFile").asString(null),
                            r.get("fingerprint").asString(null), r.get("sourceFingerprint").asString(null))))
                    .stream().collect(java.util.stream.Collectors.toMap(StoredDocument::key, d -> d, (a, b) -> a));
        }
    }

    /** How many steps {@link #write} reports to its progress listener. */
    public static int steps() {
        return WRITE.size() + 1;
    }

    /**
     * Applies one import; {@code step} hears the name of each step as it completes. Returns how many rows of each
     * kind were written ("tasks" -> 2706), departments counted once each.
     */
    public Map<String, Integer> write(ImportBatch batch, Consumer<String> step) {
        return write(batch, step, true);
    }

    /**
     * As {@link #write(ImportBatch, Consumer)}; {@code link} false leaves the links across documents (recurring
     * targets, results, progress rows) and the version as they are, for {@link #link()} after the last of many
     * batches: each batch then costs what its own documents do, not what the graph holds.
     */
    public Map<String, Integer> write(ImportBatch batch, Consumer<String> step, boolean link) {
        Map<String, Object> params = ImportParameters.of(batch);
        try (Session session = store.writeSession()) {
            session.executeWrite(tx -> {
                Map<String, Object> cleared = Map.of("keys", batch.clearedKeys());
                if (!batch.clearedKeys().isEmpty()) {
                    runAll(tx, CLEAR, cleared);
                    runAll(tx, DELETE, Map.of("keys", batch.removedKeys()));
                }
                for (String statement : WRITE) {
                    tx.run(statement, used(statement, params)).consume();
                    step.accept(label(statement));
                }
                ProgressLinks.write(tx, batch);
                tx.run(CypherFile.named("import-source-fingerprints"), Map.of("sources", batch.sourceRows())).consume();
                if (batch.changesContent() && link) {
                    List<String> keys = batch.documents().stream().map(d -> d.document().key()).distinct().toList();
                    tx.run(CypherFile.named("import-link-recurring-targets-of"), Map.of("keys", keys)).consume();
                    linkResults(tx);
                }
                step.accept("SAME_TARGET, RESULT");
                return null;
            });
        }
        return ImportParameters.rowCounts(params);
    }

    /**
     * The links across documents made afresh and the graph given a new version: the recurring targets in
     * transactions of a bounded size (over a large store they are millions), then the rest in one transaction.
     */
    public void link() {
        try (Session session = store.writeSession()) {
            RECURRING_BATCHED.forEach(statement -> session.run(statement).consume());
            session.executeWrite(tx -> {
                linkResults(tx);
                return null;
            });
        }
    }

    private static void linkResults(TransactionContext tx) {
        runAll(tx, RESULTS, Map.of());
        ProgressLinks.link(tx);
        tx.run(CypherFile.named("graph-version-bump")).consume();
    }

    public void reset() {
        try (Session session = store.writeSession()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
        }
    }

    private static void runAll(TransactionContext tx, List<String> statements, Map<String, Object> params) {
        for (String statement : statements) {
            tx.run(statement, params).consume();
        }
    }

    /** Only the parameters a statement refers to: each run serialises the parameters it is given. */
    private static Map<String, Object> used(String statement, Map<String, Object> params) {
        Map<String, Object> used = new HashMap<>();
        Matcher m = PARAMETER.matcher(statement);
        while (m.find()) {
            if (params.containsKey(m.group(1))) {
                used.put(m.group(1), params.get(m.group(1)));
            }
        }
        return used;
    }

    /** The list a statement unwinds, as a progress label: "$tasks" -> "tasks". */
    private static String label(String statement) {
        Matcher m = UNWOUND.matcher(statement);
        return m.find() ? m.group(1) : "";
    }
}
