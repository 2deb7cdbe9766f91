package org.policygraph.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes an import into the graph in one transaction: the content of replaced and removed documents is cleared,
 * new and changed documents are written with one statement per kind of node or relation for the whole batch,
 * and recurring targets are re-linked. A failure anywhere leaves the graph as it was.
 */
public final class GraphWriter {
    private static final List<String> CLEAR = CypherFile.statements("cypher/import-clear-documents.cypher");
    private static final List<String> WRITE = CypherFile.statements("cypher/import-documents.cypher");
    private static final List<String> DELETE = CypherFile.statements("cypher/import-delete-documents.cypher");
    private static final List<String> RECURRING = CypherFile.statements("cypher/import-link-recurring-targets.cypher");

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

    /** Applies one import; {@code step} hears the name of each step as it completes. */
    public void write(ImportBatch batch, Consumer<String> step) {
        try (Session session = store.writeSession()) {
            session.executeWrite(tx -> {
                Map<String, Object> cleared = Map.of("keys", batch.clearedKeys());
                if (!batch.clearedKeys().isEmpty()) {
                    runAll(tx, CLEAR, cleared);
                    runAll(tx, DELETE, Map.of("keys", batch.removedKeys()));
                }
                Map<String, Object> params = ImportParameters.of(batch);
                for (String statement : WRITE) {
                    tx.run(statement, params).consume();
                    step.accept(label(statement));
                }
                tx.run(CypherFile.named("import-source-fingerprints"), Map.of("sources", batch.sourceRows())).consume();
                if (batch.changesContent()) {
                    runAll(tx, RECURRING, Map.of());
                }
                step.accept("SAME_TARGET");
                return null;
            });
        }
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

    /** The list a statement unwinds, as a progress label: "$tasks" -> "tasks". */
    private static String label(String statement) {
        var m = java.util.regex.Pattern.compile("UNWIND \\$(\\w+)").matcher(statement);
        return m.find() ? m.group(1) : "";
    }
}
