package org.policygraph;

import org.policygraph.ingest.CorpusFiles;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.policygraph.graph.Neo4jStore;

/** A store kept on disk between test runs with the shipped corpus imported (unchanged documents are skipped). */
public final class PersistentCorpus {
    private static Neo4jStore store;

    private PersistentCorpus() {
    }

    public static synchronized Neo4jStore store(Path dir) {
        if (store == null) {
            store = Neo4jStore.embedded(dir, TestGraph.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(store::close));
            App.importer(store).run(CorpusFiles.shipped(), new PrintStream(OutputStream.nullOutputStream()));
        }
        return store;
    }
}
