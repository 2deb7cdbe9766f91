package org.policygraph.graph.write;

import org.policygraph.graph.CypherFile;
import org.policygraph.graph.DaemonThreads;
import org.policygraph.graph.Futures;
import org.policygraph.graph.Neo4jStore;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Session;
import org.policygraph.parse.Sha256;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Gives every task lacking one an embedding of its heading and text, stored in the task_embedding vector index.
 * Run after an import; tasks that already have a vector are left alone, so a re-run costs one query. Embedding
 * the whole shipped corpus takes most of a minute on two cores, so a server does it in the background.
 */
public final class SemanticIndexer implements AutoCloseable {
    private static final int BATCH = 64;
    private static final int MAX_CHARS = 120;
    private static final String MODEL_NAME = "bge-small-zh-v1.5-q";
    private final Neo4jStore store;
    private final EmbeddingModel model;
    private final ExecutorService background = DaemonThreads.single("semantic-indexer");
    private final AtomicInteger pending = new AtomicInteger();

    public SemanticIndexer(Neo4jStore store, EmbeddingModel model) {
        this.store = store;
        this.model = model;
    }

    public EmbeddingModel model() {
        return model;
    }

    /** Embeds what is missing on a background thread; {@link #building()} tells whether it is still at work. */
    public void indexMissingInBackground(PrintStream log) {
        pending.incrementAndGet();
        background.execute(() -> {
            long start = System.nanoTime();
            try {
                int embedded = indexMissing(log);
                if (embedded > 0) {
                    log.printf("Semantic index: %d task(s) embedded in %.1f s%n", embedded, (System.nanoTime() - start) / 1e9);
                }
            } catch (RuntimeException e) {
                log.println(Thread.currentThread().isInterrupted() || background.isShutdown()
                        ? "Semantic index: paused at shutdown, the next start goes on with it"
                        : "Semantic index not built: " + e.getMessage());
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    public boolean building() {
        return pending.get() > 0;
    }

    /** Stops background work between two batches, before the store it writes to closes. */
    @Override
    public void close() {
        background.shutdownNow();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Returns how many tasks were embedded; stops early, between batches, when the thread is interrupted. A task
     * whose text a re-import left unchanged takes over its old vector (see import-clear-documents.cypher). Each
     * batch is written on another thread while the next one is embedded.
     */
    public int indexMissing() {
        return indexMissing(new PrintStream(OutputStream.nullOutputStream()));
    }

    /** As {@link #indexMissing()}, saying on {@code log} how many tasks it is about to embed and, every quarter, how far it got. */
    public synchronized int indexMissing(PrintStream log) {
        try (Session session = store.writeSession()) {
            session.executeWrite(tx -> tx.run(CypherFile.named("task-embedding-index")).consume());
            session.run("CALL db.awaitIndexes(300)").consume();
            List<Map<String, Object>> missing = session.executeRead(tx -> tx.run(
                    CypherFile.named("task-embedding-missing")).list(row -> {
                        String text = textOf(row.get("heading").asString(), row.get("text").asString(""));
                        return Map.<String, Object>of("id", row.get("id").asString(), "text", text, "key", keyOf(text));
                    }));
            Set<String> reused = missing.isEmpty() ? Set.of() : new HashSet<>(session.executeWrite(tx -> tx.run(
                    CypherFile.named("task-embedding-reuse"), Map.of("rows", missing)).list(r -> r.get("id").asString())));
            // equal texts (a clause repeated across documents) are embedded once and their vector set on each
            Map<Object, List<Object>> idsByKey = new java.util.LinkedHashMap<>();
            missing.stream().filter(m -> !reused.contains(m.get("id")))
                    .forEach(m -> idsByKey.computeIfAbsent(m.get("key"), k -> new ArrayList<>()).add(m.get("id")));
            List<Map<String, Object>> toEmbed = missing.stream().filter(m -> idsByKey.containsKey(m.get("key"))
                    && idsByKey.get(m.get("key")).get(0).equals(m.get("id"))).toList();
            if (!toEmbed.isEmpty()) {
                log.printf("Semantic index: embedding %d task(s), %d distinct text(s)%n",
                        idsByKey.values().stream().mapToInt(List::size).sum(), toEmbed.size());
            }
            int done = 0, tasks = 0;
            try (BatchWriter writer = new BatchWriter(store)) {
                for (int from = 0; from < toEmbed.size() && !Thread.currentThread().isInterrupted(); from += BATCH) {
                    List<Map<String, Object>> batch = toEmbed.subList(from, Math.min(from + BATCH, toEmbed.size()));
                    List<Map<String, Object>> rows = embed(batch, idsByKey);
                    writer.write(rows);
                    int quarter = 4 * done / toEmbed.size();
                    done += batch.size();
                    tasks += rows.size();
                    if (4 * done / toEmbed.size() > quarter && done < toEmbed.size()) {
                        log.printf("Semantic index: %d of %d text(s) embedded%n", done, toEmbed.size());
                    }
                }
            }
            if (done == toEmbed.size()) {
                session.executeWrite(tx -> tx.run(CypherFile.named("task-embedding-handover-done")).consume());
            }
            if (done > 0 || !reused.isEmpty()) {
                session.executeWrite(tx -> tx.run(CypherFile.named("graph-version-bump")).consume());
            }
            return tasks;
        }
    }

    /** How many tasks still lack a vector. */
    public static long missing(Neo4jStore store) {
        try (Session session = store.readSession()) {
            return session.executeRead(tx -> tx.run(CypherFile.named("task-embedding-missing-count"))
                    .single().get("n").asLong());
        }
    }

    /** Writes embedded batches one after another on its own thread; close waits for the last. */
    private static final class BatchWriter implements AutoCloseable {
        private final Neo4jStore store;
        private final ExecutorService thread = DaemonThreads.single("semantic-index-writer");
        private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);

        BatchWriter(Neo4jStore store) {
            this.store = store;
        }

        void write(List<Map<String, Object>> rows) {
            Futures.join(written);
            written = CompletableFuture.runAsync(() -> {
                try (Session session = store.writeSession()) {
                    session.executeWrite(tx -> tx.run(CypherFile.named("task-embedding-set"), Map.of("rows", rows)).consume());
                }
            }, thread);
        }

        @Override
        public void close() {
            try {
                Futures.join(written);
            } finally {
                thread.shutdown();
            }
        }
    }

    /** One row per task of each text's key in {@code idsByKey}: a text's vector goes to every task holding it. */
    private List<Map<String, Object>> embed(List<Map<String, Object>> missing, Map<Object, List<Object>> idsByKey) {
        List<TextSegment> segments = missing.stream().map(m -> TextSegment.from((String) m.get("text"))).toList();
        var embeddings = model.embedAll(segments).content();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            Object key = missing.get(i).get("key");
            var vector = embeddings.get(i).vectorAsList();
            idsByKey.get(key).forEach(id -> rows.add(Map.of("id", id, "key", key, "vector", vector)));
        }
        return rows;
    }

    /** The hash of an embedded text: equal texts get equal vectors from one model. */
    static String keyOf(String text) {
        return Sha256.hex((MODEL_NAME + "\n" + text).getBytes(StandardCharsets.UTF_8));
    }

    static String textOf(String heading, String text) {
        String lastHeading = heading.contains(">") ? heading.substring(heading.lastIndexOf('>') + 1).trim() : heading;
        String joined = lastHeading.isBlank() || text.startsWith(lastHeading) ? text : lastHeading + "：" + text;
        return joined.length() > MAX_CHARS ? joined.substring(0, MAX_CHARS) : joined;
    }
}
