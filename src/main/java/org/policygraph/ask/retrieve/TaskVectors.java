package org.policygraph.ask.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.VectorUtil;
import org.policygraph.graph.read.TaskVector;

/**
 * Every task's embedding, unit length, loaded with the graph: the cosine of a question to any candidate task with
 * no round trip to the store (the nearest tasks come from {@link ClauseIndex}'s HNSW graph).
 */
public final class TaskVectors {
    private final String[] ids;
    private final float[][] rows;
    private final Map<String, Integer> rowById = new HashMap<>();

    public TaskVectors(List<TaskVector> vectors) {
        ids = new String[vectors.size()];
        rows = new float[vectors.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vectors.get(i).id();
            rows[i] = unit(vectors.get(i).vector());
            rowById.put(ids[i], i);
        }
    }

    /** The unit vector of every task that has one, by task id. */
    public Map<String, float[]> byId() {
        Map<String, float[]> byId = new HashMap<>();
        rowById.forEach((id, row) -> byId.put(id, rows[row]));
        return byId;
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    /** Plain cosine in [-1, 1]; null when the task has no vector. */
    Double cosine(String id, float[] unitQuestion) {
        Integer row = rowById.get(id);
        return row == null || rows[row].length != unitQuestion.length ? null
                : (double) VectorUtil.dotProduct(rows[row], unitQuestion);
    }

    static float[] unit(float[] vector) {
        double norm = Math.sqrt(VectorUtil.dotProduct(vector, vector));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return unit;
    }
}
