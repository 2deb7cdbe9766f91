package org.policygraph.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;
import org.policygraph.graph.Neo4jStore;

/**
 * kill -9 of the launcher leaves no child holding the store: the child sees its launcher gone and stops, and the
 * store opens again. While the child holds it, a second start names the child's pid and says what to do.
 */
class NoOrphanIT {
    private Process launcher;
    private Process child;

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (launcher != null) {
            launcher.destroyForcibly();
        }
    }

    @Test
    void should_stop_the_child_and_free_the_store_when_the_launcher_is_killed() throws Exception {
        Path dataDir = Files.createTempDirectory("policygraph-orphan");
        int port = TestGraph.freePort();
        launcher = new ProcessBuilder("sleep", "300").start();
        Path log = Files.createTempFile("policygraph-orphan", ".log");
        child = childOf(launcher.pid(), dataDir, port, log);
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("holding the store");

        assertThatThrownBy(() -> Neo4jStore.embedded(dataDir, TestGraph.freePort()).close())
                .hasMessageContaining("in use by process " + child.pid())
                .hasMessageContaining("kill " + child.pid());

        launcher.destroyForcibly().waitFor();
        boolean exited = child.waitFor(10, TimeUnit.SECONDS);

        assertThat(exited).as("the child stopped after its launcher was killed").isTrue();
        assertThat(child.exitValue()).isEqualTo(143);
        assertThat(Files.readString(log)).contains("The launcher (pid " + launcher.pid() + ") is gone");
        try (Neo4jStore again = Neo4jStore.embedded(dataDir, port)) {
            assertThat(again.health().get("status")).isEqualTo("up");
        }
    }

    private static Process childOf(long launcherPid, Path dataDir, int port, Path log) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-D" + Invocation.CHILD_PROPERTY + "=true", "-D" + ParentWatch.PARENT_PROPERTY + "=" + launcherPid,
                StoreHolder.class.getName(), dataDir.toString(), String.valueOf(port));
        return new ProcessBuilder(command).redirectError(log.toFile()).start();
    }
}
