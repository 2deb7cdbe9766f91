package org.policygraph.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.exceptions.InvalidArgumentException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * An in-process Neo4j Community server whose only door is Bolt on 127.0.0.1, with authentication on (user neo4j,
 * the {@link StorePassword}) and no file access for LOAD CSV; everything talks to it via the driver.
 */
final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService service;
    private final Path dataDir;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService service, Path dataDir, int boltPort) {
        this.service = service;
        this.dataDir = dataDir;
        this.boltPort = boltPort;
    }

    static EmbeddedNeo4j start(Path dataDir, int boltPort, String password) {
        try {
            DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    // Bolt (and Bolt over WebSocket, which Neo4j accepts from any Origin) gives no session without
                    // the password; LOAD CSV reads no local file (and no import directory is set).
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                    // A growing graph and differently sized parameter lists would otherwise make every import
                    // statement re-plan again and again; planning, not writing, dominated import time.
                    .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                    .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofHours(1))
                    .build();
            try {
                setPassword(service, password);
            } catch (RuntimeException e) {
                service.shutdown();
                throw e;
            }
            StoreOwner.claim(dataDir);
            return new EmbeddedNeo4j(service, dataDir, boltPort);
        } catch (RuntimeException e) {
            if (StoreOwner.isLockFailure(e)) {
                throw new StoreLockedException(StoreOwner.lockedMessage(dataDir), e);
            }
            throw new StoreUnavailableException("Cannot start the embedded Neo4j in " + dataDir.toAbsolutePath()
                    + " with Bolt on 127.0.0.1:" + boltPort + " (is another PolicyGraph using it?): "
                    + rootMessage(e), e);
        }
    }

    /**
     * The user neo4j gets the password on every start (the store may come from a version without authentication,
     * or PA_STORE_PASSWORD may have changed), through the system database, in process, never over Bolt.
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER " + StorePassword.USER
                    + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!isSamePassword(e)) {
                throw e;
            }
        }
    }

    /** The password is already the one set (its length is checked before): nothing to do. */
    private static boolean isSamePassword(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidArgumentException) {
                return true;
            }
        }
        return false;
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        service.shutdown();
        StoreOwner.release(dataDir);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
