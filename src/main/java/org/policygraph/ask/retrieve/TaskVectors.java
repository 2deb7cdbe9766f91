package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.util.VectorUtil;
import org.policygraph.graph.BackgroundValue;
import org.policygraph.graph.read.ScoredId;
import org.policygraph.graph.read.TaskVector;

/**
 * Every task's embedding, unit length, loaded with the graph: the cosine of a question to any candidate task with
 * no round trip to the store, and the nearest tasks. Those come from an HNSW graph built on a background thread
 * when the first question needs it (a second or two of a core for a few thousand tasks, which neither start-up nor
 * a one-question command pays for), and until it is built from an exact scan of every vector. The graph is kept
 * beside the store ({@link IndexFolder}): the next start over the same graph version maps it, rows and all.
 */
public final class TaskVectors {
    private final String[] ids;
    private final String[] docKeys;
    /** The rows on the heap until the graph holds them (then read from its mapped file): null after that. */
    private volatile float[][] rows;
    private final int dimension;
    private final Map<String, Integer> rowById = new HashMap<>();
    private final BackgroundValue<VectorGraph> graph;

    /** documentOf: the key of a task's document (null if unknown), for searching within documents. */
    public TaskVectors(List<TaskVector> vectors, Function<String, String> documentOf) {
        this(IndexFolder.temporary(), vectors, documentOf, false);
    }

    /** {@code owned}: the vectors were read for this alone and are made unit length in place, not copied. */
    TaskVectors(IndexFolder folder, List<TaskVector> vectors, Function<String, String> documentOf,
                boolean owned) {
        ids = new String[vectors.size()];
        docKeys = new String[vectors.size()];
        rows = new float[vectors.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vectors.get(i).id();
            docKeys[i] = documentOf.apply(ids[i]);
            rows[i] = owned ? toUnit(vectors.get(i).vector()) : unit(vectors.get(i).vector());
            rowById.put(ids[i], i);
        }
        dimension = rows.length == 0 ? 0 : rows[0].length;
        float[][] held = rows;
        graph = new BackgroundValue<>("vector-graph", () -> {
            VectorGraph built = new VectorGraph(folder, ids, docKeys, held);
            this.rows = null;
            return built;
        });
    }

    /** From a graph saved by an earlier start: ids and documents read back from it, the vectors left in its file. */
    TaskVectors(VectorGraph saved) {
        ids = saved.ids();
        docKeys = saved.docKeys();
        rows = null;
        dimension = saved.dimension();
        for (int i = 0; i < ids.length; i++) {
            docKeys[i] = docKeys[i].isEmpty() ? null : docKeys[i];
            if (saved.live(i)) {
                rowById.put(ids[i], i);
            }
        }
        graph = BackgroundValue.done(saved);
    }

    /** The {@code k} tasks of the {@code documents} (all when empty) nearest a unit question vector, nearest first. */
    List<ScoredId> nearest(float[] unitQuestion, int k, Set<String> documents) {
        if (ids.length == 0 || dimension != unitQuestion.length) {
            return List.of();
        }
        graph.start();
        // a graph that could not be built leaves the exact scan, which is only slower
        return graph.ifReady().map(built -> built.nearest(unitQuestion, k, documents))
                .orElseGet(() -> scanned(unitQuestion, k, documents));
    }

    /** Builds the HNSW graph if no question has yet, and waits for it (measurements that want the steady state). */
    public void awaitGraph() {
        if (ids.length > 0) {
            graph.join();
        }
    }

    /** The exact answer, from every vector: what {@link #nearest} gives until the graph is built. */
    List<ScoredId> scanned(float[] unitQuestion, int k, Set<String> documents) {
        float[][] rows = this.rows;
        if (rows == null) {
            return graph.join().nearest(unitQuestion, k, documents);
        }
        PriorityQueue<ScoredId> best = new PriorityQueue<>(Comparator.comparingDouble(ScoredId::score));
        for (int row = 0; row < rows.length; row++) {
            if (!documents.isEmpty() && !documents.contains(docKeys[row])) {
                continue;
            }
            double cosine = VectorUtil.dotProduct(rows[row], unitQuestion);
            if (best.size() < k || cosine > best.peek().score()) {
                best.add(new ScoredId(ids[row], cosine));
                if (best.size() > k) {
                    best.poll();
                }
            }
        }
        List<ScoredId> nearest = new ArrayList<>(best);
        nearest.sort(Comparator.comparingDouble(ScoredId::score).reversed());
        return nearest;
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    /** Plain cosine in [-1, 1] of each task that has a vector, by id; tasks without one are left out. */
    Map<String, Double> cosines(Collection<String> taskIds, float[] unitQuestion) {
        Map<String, Double> cosines = new HashMap<>();
        if (dimension != unitQuestion.length) {
            return cosines;
        }
        int[] wanted = taskIds.stream().map(rowById::get).filter(Objects::nonNull).mapToInt(Integer::intValue)
                .sorted().distinct().toArray();
        float[][] rows = this.rows;
        if (rows != null) {
            for (int row : wanted) {
                cosines.put(ids[row], (double) VectorUtil.dotProduct(rows[row], unitQuestion));
            }
        } else {
            graph.join().vectors(wanted, (row, vector) -> cosines.put(ids[row],
                    (double) VectorUtil.dotProduct(vector, unitQuestion)));
        }
        return cosines;
    }

    static float[] unit(float[] vector) {
        return toUnit(vector.clone());
    }

    /** The vector itself, scaled to unit length: a 40x store's rows are 190 MB, not to be held twice. */
    static float[] toUnit(float[] vector) {
        double norm = Math.sqrt(VectorUtil.dotProduct(vector, vector));
        for (int i = 0; i < vector.length; i++) {
            vector[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return vector;
    }
}
