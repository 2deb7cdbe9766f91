package org.policygraph.graph;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The process's one Driver, to the embedded store (started here) or to an external server or cluster.
 * Every read and write of the product goes through this driver over Bolt.
 */
public final class Neo4jStore implements AutoCloseable {
    private static final String SCHEMA = "graph-import/V0001__schema.cypher";
    /** The name a schema statement creates: a constraint's name is also that of the index backing it. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("^CREATE (?:CONSTRAINT|(?:FULLTEXT |VECTOR )?INDEX) (\\w+) IF NOT EXISTS");
    /** A schema item an older version made and this one replaces: dropped only where it is still there. */
    private static final Pattern DROPPED_NAME = Pattern.compile("^DROP (?:CONSTRAINT|INDEX) (\\w+) IF EXISTS");

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final String uri;

    private Neo4jStore(Driver driver, String database, EmbeddedNeo4j embedded, String uri) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.uri = uri;
    }

    /** The embedded store with the password kept in its data directory (generated on the first start). */
    public static Neo4jStore embedded(Path dataDir, int boltPort) {
        return embedded(dataDir, boltPort, null);
    }

    /**
     * Starts the embedded store in {@code dataDir} with Bolt on {@code boltPort} and connects to it as neo4j with
     * {@code password} (PA_STORE_PASSWORD; null: the one kept in the data directory, generated on the first start).
     */
    public static Neo4jStore embedded(Path dataDir, int boltPort, String password) {
        String secret = StorePassword.resolve(dataDir, password);
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, boltPort, secret);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(StorePassword.USER, secret),
                driverConfig());
        return connect(driver, "neo4j", neo4j, neo4j.boltUri());
    }

    /** Connects to an external server or cluster (bolt://, neo4j://, neo4j+s://); nothing embedded starts. */
    public static Neo4jStore external(String uri, String user, String password, String database) {
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password), driverConfig());
        return connect(driver, database, null, uri);
    }

    private static Neo4jStore connect(Driver driver, String database, EmbeddedNeo4j embedded, String uri) {
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            if (embedded != null) {
                embedded.close();
            }
            throw new StoreUnavailableException("Cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
        }
        Neo4jStore store = new Neo4jStore(driver, database, embedded, uri);
        store.applySchema();
        return store;
    }

    /**
     * Fails fast while the store is away: a connection is made or refused within 2 s, a free one is waited for 2 s
     * at most, and a transaction that failed because the store is unreachable is retried once, about a second later
     * (retries start within 0.5 s, not 30 s); so a chat answers 503 within 2 s and service resumes on its own once
     * the store is back.
     */
    private static org.neo4j.driver.Config driverConfig() {
        return org.neo4j.driver.Config.builder()
                .withMaxConnectionPoolSize(32)
                .withConnectionAcquisitionTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(500, java.util.concurrent.TimeUnit.MILLISECONDS)
                .withLogging(org.neo4j.driver.Logging.none())
                .build();
    }

    public Driver driver() {
        return driver;
    }

    public Session readSession() {
        return driver.session(SessionConfig.builder().withDatabase(database)
                .withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build());
    }

    public Session writeSession() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    /** The store's state for /health: whether it answers, where it is, and how many documents it holds. */
    public Map<String, Object> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("store", embedded != null ? "embedded" : "external");
        health.put("uri", uri);
        // Auto-commit, so never retried: /health says "down" within a second while the store is away.
        try (Session session = readSession()) {
            long documents = session.run("MATCH (d:Document) RETURN count(d) AS n", Map.of(), ReadLimits.HEALTH)
                    .single().get("n").asLong();
            health.put("status", "up");
            health.put("documents", documents);
        } catch (RuntimeException e) {
            health.put("status", "down");
            health.put("error", e.getMessage());
        }
        return health;
    }

    /** Creates the constraints and indexes a store lacks, all in one transaction. */
    private void applySchema() {
        try (Session session = writeSession()) {
            Set<String> present = new HashSet<>(session.executeRead(tx -> tx.run("SHOW INDEXES YIELD name")
                    .list(r -> r.get("name").asString())));
            List<String> missing = CypherFile.statements(SCHEMA).stream().filter(s -> {
                Matcher name = SCHEMA_NAME.matcher(s);
                Matcher dropped = DROPPED_NAME.matcher(s);
                return dropped.find() ? present.contains(dropped.group(1)) : !name.find() || !present.contains(name.group(1));
            }).toList();
            if (!missing.isEmpty()) {
                session.executeWrite(tx -> {
                    missing.forEach(statement -> tx.run(statement).consume());
                    return null;
                });
            }
        }
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
