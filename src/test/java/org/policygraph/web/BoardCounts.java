package org.policygraph.web;

import java.time.LocalDate;
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

    /**
     * Plan tasks led by the unit (as written) due on a date before {@code $to} that no report as of the day speaks
     * of, neither directly nor through the other task of the same item due the same day (its heading line).
     */
    private static final String UNREPORTED = """
            MATCH (t:Task)-[due:DUE_BY]->(d:Deadline)
            WHERE t.notInPlan IS NULL AND coalesce(due.kind, 'complete') = 'complete' AND d.date < $to
              AND d.date =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}'
              AND EXISTS { MATCH (u:Department)-[l:LEADS]->(t) WHERE coalesce(l.asWritten, u.name) = $unit }
              AND NOT EXISTS { MATCH (p:Progress)-[:REPORTS_ON]->(s:Task)-[:DUE_BY]->(d) WHERE p.asOf <= $asOf
                    AND (s = t OR s.docKey = t.docKey AND s.sectionPath = t.sectionPath AND t.sectionPath <> '') }
            RETURN count(DISTINCT t) AS n""";

    private BoardCounts() {
    }

    /**
     * Tasks with a report as of the day whose lead (as written) or latest report's units name the unit, and the
     * unit's tasks overdue or due within 30 days that no report speaks of.
     */
    static long ofUnit(String unit, String asOf) {
        return count(LATEST + OF_UNIT + "RETURN count(t) AS n", Map.of("unit", unit, "asOf", asOf))
                + unreported(unit, asOf, LocalDate.parse(asOf).plusDays(31).toString());
    }

    /** Of those, the ones whose completion deadline has passed and whose latest report is not done, or that have none. */
    static long overdue(String unit, String asOf) {
        return count(LATEST + OF_UNIT + """
                WITH t, latest WHERE latest.status <> 'done'
                  AND EXISTS { MATCH (t)-[:DUE_BY]->(d:Deadline) WHERE d.date < $asOf }
                RETURN count(t) AS n""", Map.of("unit", unit, "asOf", asOf)) + unreported(unit, asOf, asOf);
    }

    /** The unit's tasks due before {@code to} that no report as of the day speaks of. */
    static long unreported(String unit, String asOf, String to) {
        return count(UNREPORTED, Map.of("unit", unit, "asOf", asOf, "to", to));
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
