package org.policygraph.graph.read;

import org.policygraph.graph.CypherFile;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.ReadLimits;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/** Runs a named read-only Cypher file with parameters in a READ transaction and maps each row. */
final class ReadQueries {
    private final Neo4jStore store;

    ReadQueries(Neo4jStore store) {
        this.store = store;
    }

    /** A read that answers a question: refused after {@link ReadLimits#READ}'s seconds. */
    <T> List<T> list(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(cypherName, parameters, mapper, ReadLimits.READ);
    }

    /** An aggregate that answers a question (a count, a ranking): refused after {@link ReadLimits#AGGREGATE}. */
    <T> List<T> aggregate(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(cypherName, parameters, mapper, ReadLimits.AGGREGATE);
    }

    /** A read of everything of a kind (the asker's catalog, loaded at start and after imports): no time limit. */
    <T> List<T> listAll(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(cypherName, parameters, mapper, TransactionConfig.empty());
    }

    /**
     * A small read tried once, never retried: for a look that must learn at once that the store went away (the
     * driver's retry would hide a refused connection for a second).
     */
    <T> List<T> once(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper) {
        List<T> rows = new java.util.ArrayList<>();
        inOneTransaction(cypherName, parameters, ReadLimits.READ, row -> rows.add(mapper.apply(row)));
        return rows;
    }

    /**
     * Every row of a read of everything of a kind handed to {@code use} as it arrives, none kept: for rows too many
     * to hold at once (a 40x store's vectors). One transaction, not retried (a retry would hand rows on twice).
     */
    void forEachAll(String cypherName, Map<String, Object> parameters, java.util.function.Consumer<Record> use) {
        inOneTransaction(cypherName, parameters, TransactionConfig.empty(), use);
    }

    /** Every row handed to {@code use} within one read transaction that the driver does not retry. */
    private void inOneTransaction(String cypherName, Map<String, Object> parameters, TransactionConfig limit,
                                  java.util.function.Consumer<Record> use) {
        try (Session session = store.readSession();
             org.neo4j.driver.Transaction tx = session.beginTransaction(limit)) {
            tx.run(CypherFile.named(cypherName), parameters).forEachRemaining(use);
            tx.commit();
        }
    }

    private <T> List<T> read(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper,
                             TransactionConfig limit) {
        String cypher = CypherFile.named(cypherName);
        try (Session session = store.readSession()) {
            return session.executeRead(tx -> tx.run(cypher, parameters).list(mapper::apply), limit);
        }
    }
}
