package org.policygraph.launch;

import java.nio.file.Path;
import org.policygraph.graph.Neo4jStore;

/** A child JVM as the launcher starts one: it watches its launcher, holds the embedded store and waits. */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        ParentWatch.start();
        Neo4jStore store = Neo4jStore.embedded(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        System.out.println("holding the store");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
