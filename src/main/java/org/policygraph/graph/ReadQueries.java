package org.policygraph.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/** Runs a named read-only Cypher file with parameters in a READ transaction and maps each row. */
final class ReadQueries {
    private final Driver driver;

    ReadQueries(Driver driver) {
        this.driver = driver;
    }

    <T> List<T> list(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper) {
        String cypher = CypherFile.named(cypherName);
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> tx.run(cypher, parameters).list(mapper::apply), ReadLimits.READ);
        }
    }
}
