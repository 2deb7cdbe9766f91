package org.policygraph;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policygraph.graph.Neo4jStore;

/**
 * One embedded Neo4j per test JVM with the shipped corpus imported once (start-up takes seconds).
 * Tests that must not change it use {@link #freshStore()} for a second, empty instance.
 */
public final class TestGraph {
    private static Neo4jStore shared;

    private TestGraph() {
    }

    /** The shared store with the whole shipped corpus imported. Do not write to it. */
    public static synchronized Neo4jStore corpus() {
        if (shared == null) {
            shared = freshStore();
            App.importer(shared).run(CorpusFiles.shipped(), new PrintStream(OutputStream.nullOutputStream()));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A new empty embedded store on a temporary directory and a free Bolt port; the caller closes it. */
    public static Neo4jStore freshStore() {
        try {
            Path dir = Files.createTempDirectory("policygraph-test");
            return Neo4jStore.embedded(dir, freePort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
