package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.policygraph.TestGraph;

/** The embedded store gives no Bolt session without its password and reads no local file for LOAD CSV. */
class StoreAuthIT {
    private static Path dataDir;
    private static int port;
    private static Neo4jStore store;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("policygraph-auth");
        port = TestGraph.freePort();
        store = Neo4jStore.embedded(dataDir, port);
        store.driver().executableQuery("CREATE (:Document {key: 'K1', title: 'kept'})").execute();
    }

    @AfterAll
    static void stop() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void should_refuse_a_session_without_credentials_and_leave_the_graph_unchanged() {
        assertThatThrownBy(() -> deleteEverythingAs(AuthTokens.none())).isInstanceOf(SecurityException.class);

        assertThat(documents(store)).isEqualTo(1);
    }

    @Test
    void should_refuse_a_session_with_a_wrong_password() {
        assertThatThrownBy(() -> deleteEverythingAs(AuthTokens.basic("neo4j", "neo4j")))
                .isInstanceOf(SecurityException.class);

        assertThat(documents(store)).isEqualTo(1);
    }

    @Test
    void should_keep_a_generated_password_readable_by_its_owner_only() throws Exception {
        Path file = dataDir.resolve(StorePassword.FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void should_refuse_load_csv_from_a_local_file() {
        assertThatThrownBy(() -> store.driver().executableQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row")
                .execute()).isInstanceOf(ClientException.class).hasMessageContaining("file");
    }

    @Test
    void should_open_again_with_the_kept_password_then_with_pa_store_password() throws Exception {
        Path dir = Files.createTempDirectory("policygraph-auth-restart");
        int freshPort = TestGraph.freePort();
        try (Neo4jStore first = Neo4jStore.embedded(dir, freshPort)) {
            first.driver().executableQuery("CREATE (:Document {key: 'K2'})").execute();
        }
        try (Neo4jStore again = Neo4jStore.embedded(dir, freshPort)) {
            assertThat(documents(again)).isEqualTo(1);
        }
        String kept = Files.readString(dir.resolve(StorePassword.FILE)).strip();
        try (Neo4jStore chosen = Neo4jStore.embedded(dir, freshPort, "a-chosen-password")) {
            assertThat(documents(chosen)).isEqualTo(1);
            try (Driver old = GraphDatabase.driver("bolt://127.0.0.1:" + freshPort, AuthTokens.basic("neo4j", kept))) {
                assertThatThrownBy(old::verifyConnectivity).isInstanceOf(SecurityException.class);
            }
        }
    }

    @Test
    void should_refuse_a_pa_store_password_that_is_too_short() {
        assertThatThrownBy(() -> StorePassword.resolve(dataDir, "short")).hasMessageContaining("PA_STORE_PASSWORD");
    }

    private static void deleteEverythingAs(AuthToken token) {
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, token);
             Session session = driver.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
    }

    private static long documents(Neo4jStore on) {
        return on.driver().executableQuery("MATCH (d:Document) RETURN count(d) AS n").execute()
                .records().get(0).get("n").asLong();
    }
}
