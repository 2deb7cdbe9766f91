package org.policygraph.graph;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/** An in-process Neo4j Community server whose only door is Bolt on 127.0.0.1; everything talks to it via the driver. */
final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService service;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort) {
        this.service = service;
        this.boltPort = boltPort;
    }

    static EmbeddedNeo4j start(Path dataDir, int boltPort) {
        try {
            DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
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
            return new EmbeddedNeo4j(service, boltPort);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot start the embedded Neo4j in " + dataDir.toAbsolutePath()
                    + " with Bolt on 127.0.0.1:" + boltPort + " (is another PolicyGraph using it?): "
                    + rootMessage(e), e);
        }
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        service.shutdown();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
