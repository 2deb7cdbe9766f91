package org.policygraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.policygraph.extract.ExtractedDocument;

/**
 * Writes documents into the graph, one transaction per document. A document whose fingerprint is unchanged
 * is left alone; a changed one has its subgraph replaced inside the same transaction.
 */
public final class GraphWriter {
    private static final List<String> CLEAR = CypherFile.statements("cypher/import-clear-document.cypher");
    private static final List<String> WRITE = CypherFile.statements("cypher/import-document.cypher");
    private static final List<String> DELETE = CypherFile.statements("cypher/import-delete-document.cypher");
    private static final List<String> RECURRING = CypherFile.statements("cypher/import-link-recurring-targets.cypher");

    /** What happened to one document. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private final Neo4jStore store;

    public GraphWriter(Neo4jStore store) {
        this.store = store;
    }

    public Outcome write(ExtractedDocument document, String fingerprint) {
        String key = document.document().key();
        try (Session session = store.writeSession()) {
            return session.executeWrite(tx -> {
                var existing = tx.run("MATCH (d:Document {key: $key}) RETURN d.fingerprint AS f", Map.of("key", key))
                        .list();
                boolean exists = !existing.isEmpty();
                if (exists && fingerprint.equals(existing.get(0).get("f").asString(null))) {
                    return Outcome.UNCHANGED;
                }
                Map<String, Object> params = ImportParameters.of(document, fingerprint);
                if (exists) {
                    runAll(tx, CLEAR, params);
                }
                runAll(tx, WRITE, params);
                return exists ? Outcome.REPLACED : Outcome.ADDED;
            });
        }
    }

    /** Deletes the documents of {@code sourceFile} that are no longer in it; returns how many. */
    public int removeMissing(String sourceFile, Set<String> keptKeys) {
        try (Session session = store.writeSession()) {
            return session.executeWrite(tx -> {
                List<String> stale = tx.run("MATCH (d:Document {sourceFile: $file}) WHERE NOT d.key IN $kept "
                        + "RETURN d.key AS key", Map.of("file", sourceFile, "kept", List.copyOf(keptKeys)))
                        .list(r -> r.get("key").asString());
                for (String key : stale) {
                    runAll(tx, CLEAR, Map.of("key", key));
                    runAll(tx, DELETE, Map.of("key", key));
                }
                return stale.size();
            });
        }
    }

    public void linkRecurringTargets() {
        try (Session session = store.writeSession()) {
            session.executeWrite(tx -> {
                runAll(tx, RECURRING, Map.of());
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
}
