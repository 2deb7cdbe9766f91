package org.policygraph.graph.read;

import org.policygraph.graph.CypherFile;
import org.policygraph.graph.Neo4jStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Counts of every label and relation type, per document and per department, read in one read transaction. */
public final class GraphStats {
    private static final String LABELS = CypherFile.named("stats-labels");
    private static final String RELATIONSHIPS = CypherFile.named("stats-relationships");
    private static final String DOCUMENTS = CypherFile.named("stats-documents");
    private static final String DEPARTMENTS = CypherFile.named("stats-departments");

    private final Neo4jStore store;

    public GraphStats(Neo4jStore store) {
        this.store = store;
    }

    /** {"labels": {...}, "relationships": {...}, "leadsByBasis": {...}, "documents": [...], "departments": [...]} */
    public Map<String, Object> collect() {
        try (Session session = store.readSession()) {
            return session.executeRead(tx -> {
                Map<String, Object> stats = new LinkedHashMap<>();
                stats.put("labels", counts(tx.run(LABELS).list(), "label"));
                stats.put("relationships", counts(tx.run(RELATIONSHIPS).list(), "type"));
                stats.put("leadsByBasis", counts(tx.run("MATCH ()-[r:LEADS]->() RETURN coalesce(r.basis, 'none') AS basis, "
                        + "count(*) AS n ORDER BY basis").list(), "basis"));
                stats.put("departmentsInDictionary", counts(tx.run("MATCH (d:Department) RETURN "
                        + "toString(coalesce(d.inDictionary, false)) AS known, count(*) AS n").list(), "known"));
                stats.put("documents", tx.run(DOCUMENTS).list(Record::asMap));
                stats.put("departments", tx.run(DEPARTMENTS).list(Record::asMap));
                return stats;
            });
        }
    }

    /** Just the label and relationship counts, cheap enough for before/after import summaries. */
    public Map<String, Long> totals() {
        try (Session session = store.readSession()) {
            return session.executeRead(tx -> {
                Map<String, Long> totals = new LinkedHashMap<>(counts(tx.run(LABELS).list(), "label"));
                totals.putAll(counts(tx.run(RELATIONSHIPS).list(), "type"));
                return totals;
            });
        }
    }

    private static Map<String, Long> counts(List<Record> records, String keyField) {
        Map<String, Long> counts = new LinkedHashMap<>();
        records.forEach(r -> counts.put(r.get(keyField).asString(), r.get("n").asLong()));
        return counts;
    }
}
