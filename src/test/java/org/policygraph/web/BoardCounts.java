package org.policygraph.web;

import java.util.Map;
import org.neo4j.driver.Session;
import org.policygraph.progress.ProgressFixtures;

/** What the graph of the progress fixtures says the board should count, asked in Cypher of its own. */
final class BoardCounts {
    private static final String LATEST = """
            MATCH (p:Progress)-[:REPORTS_ON]->(t:Task) WHERE p.asOf <= $asOf
            WITH t, p ORDER BY p.asOf DESC
            WITH t, head(collect(p)) AS latest
            """;
    private static final String OF_UNIT = """
            WHERE EXISTS { MATCH (u:Department)-[l:LEADS]->(t) WHERE coalesce(l.asWritten, u.name) = $unit }
               OR $unit IN latest.units
            """;

    private BoardCounts() {
    }

    /** Tasks with a report as of the day whose lead (as written) or latest report's units name the unit. */
    static long ofUnit(String unit, String asOf) {
        return count(LATEST + OF_UNIT + "RETURN count(t) AS n", Map.of("unit", unit, "asOf", asOf));
    }

    /** Of those, the ones whose completion deadline has passed and whose latest report is not done. */
    static long overdue(String unit, String asOf) {
        return count(LATEST + OF_UNIT + """
                WITH t, latest WHERE latest.status <> 'done'
                  AND EXISTS { MATCH (t)-[:DUE_BY]->(d:Deadline) WHERE d.date < $asOf }
                RETURN count(t) AS n""", Map.of("unit", unit, "asOf", asOf));
    }

    /** Tasks with a report as of the day that the person oversees. */
    static long ofLeader(String leader, String asOf) {
        return count(LATEST + "MATCH (:Person {name: $leader})-[:OVERSEES]->(t) RETURN count(DISTINCT t) AS n",
                Map.of("leader", leader, "asOf", asOf));
    }

    private static long count(String cypher, Map<String, Object> params) {
        try (Session session = ProgressFixtures.importedStore().readSession()) {
            return session.run(cypher, params).single().get("n").asLong();
        }
    }
}
