package org.policygraph.cli;

import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.policygraph.Config;
import org.policygraph.graph.read.ExplorerQueries;
import org.policygraph.graph.read.ToolQueries;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.web.mcp.McpServers;
import org.policygraph.web.mcp.PolicyTools;
import picocli.CommandLine.Command;

/**
 * The MCP server on stdin/stdout, for agents that start it themselves. Stdout carries only protocol messages:
 * System.out is pointed at stderr before anything else runs, so a stray print cannot corrupt the stream.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = "Serve the read-only policy tools over the Model Context Protocol on stdin/stdout.")
public final class McpCommand implements Callable<Integer> {
    private final Wiring wiring;

    public McpCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        Config config = Config.fromEnv();
        Backend backend;
        try {
            backend = wiring.backend(config, CorpusFiles.shipped(), System.err, true);
        } catch (RuntimeException e) {
            var locked = StoreLock.heldElsewhere(e);
            if (locked.isPresent()) {
                System.err.println(StoreLock.advice(config, locked.get()));
                return 1;
            }
            throw e;
        }
        try (backend) {
            ExplorerQueries explorer = new ExplorerQueries(backend.store());
            PolicyTools tools = new PolicyTools(wiring.askers(config, backend).rules(), explorer,
                    new ToolQueries(backend.store()));
            CountDownLatch closed = new CountDownLatch(1);
            McpSyncServer server = McpServers.stdio(tools, new UntilEnd(System.in, closed), protocol);
            System.err.println("PolicyGraph MCP server ready on stdin/stdout");
            closed.await();
            server.closeGracefully();
        }
        return 0;
    }

    /** Counts {@code closed} down when the client closes our stdin. */
    private static final class UntilEnd extends FilterInputStream {
        private final CountDownLatch closed;

        UntilEnd(InputStream in, CountDownLatch closed) {
            super(in);
            this.closed = closed;
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return ended(super.read(buffer, offset, length));
        }

        private int ended(int n) {
            if (n < 0) {
                closed.countDown();
            }
            return n;
        }
    }
}
