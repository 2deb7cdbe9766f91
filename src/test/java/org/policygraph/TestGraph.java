package org.policygraph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.policygraph.ask.AskService;
import org.policygraph.cli.ServeCommand;
import org.policygraph.embed.BgeSmallZh;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.write.SemanticIndexer;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.web.WebLimits;

/**
 * One running product per test JVM (embedded Neo4j with the shipped corpus imported and embedded, the real
 * AskService, the web server on a free port), started once because start-up takes seconds.
 * Tests that must change a graph use {@link #freshStore()} for a second, empty instance.
 */
public final class TestGraph {
    private static ServeCommand.Running product;
    private static AskService lexicalAsker;

    private TestGraph() {
    }

    /** The shared product; its rate limit is off so that tests may call it as fast as they like. */
    public static synchronized ServeCommand.Running product() {
        if (product == null) {
            try {
                Config config = Config.fromMap(Map.of("PA_DATA_DIR",
                        Files.createTempDirectory("policygraph-product").toString(),
                        "PA_BOLT_PORT", String.valueOf(freePort()), "PA_PORT", "0"));
                product = new App().serve(config, CorpusFiles.shipped(), new WebLimits(8 * 1024, 64 * 1024, 0, 0),
                        false);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(product::close));
        }
        return product;
    }

    /** The shared store with the whole shipped corpus imported. Do not write to it. */
    public static Neo4jStore corpus() {
        return product().store();
    }

    /** The shared assistant answering from {@link #corpus()}. */
    public static AskService asker() {
        return product().asker();
    }

    /** An assistant over {@link #corpus()} without vectors or model: the lexical ranking and readers alone. */
    public static synchronized AskService lexicalAsker() {
        if (lexicalAsker == null) {
            lexicalAsker = new AskService(new PolicyReader(corpus()), null);
        }
        return lexicalAsker;
    }

    /** A new empty embedded store on a temporary directory and a free Bolt port; the caller closes it. */
    public static Neo4jStore freshStore() {
        return freshStore(freePort(), null);
    }

    /**
     * The assistant over {@code store} once {@code paths} are imported into it and their tasks embedded with the real
     * model, as the product answers after an import.
     */
    public static AskService importedAndEmbedded(Neo4jStore store, List<Path> paths) {
        App.importer(store).run(CorpusFiles.read(paths), new PrintStream(OutputStream.nullOutputStream()));
        BgeSmallZh model = new BgeSmallZh();
        try (SemanticIndexer indexer = new SemanticIndexer(store, model)) {
            indexer.indexMissing();
        }
        return new AskService(new PolicyReader(store), model);
    }

    /** A new empty embedded store on {@code boltPort} with {@code password} (null: generated into its directory). */
    public static Neo4jStore freshStore(int boltPort, String password) {
        try {
            Path dir = Files.createTempDirectory("policygraph-test");
            return Neo4jStore.embedded(dir, boltPort, password);
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
