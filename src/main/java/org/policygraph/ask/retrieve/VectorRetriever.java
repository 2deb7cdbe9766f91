package org.policygraph.ask.retrieve;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.ask.question.Question;
import org.policygraph.graph.read.ScoredId;

/**
 * Vector similarity: the tasks (of the question's scope) nearest the question's embedding, and each candidate's
 * cosine mapped from {@link #FLOOR}..{@link #FLOOR}+{@link #SPAN} onto 0..1. No vectors: it brings and scores none.
 */
final class VectorRetriever implements Retriever {
    private static final double FLOOR = 0.35;
    private static final double SPAN = 0.45;
    private final TaskVectors vectors;
    private final float[] unit;
    private final List<ScoredId> nearest;

    VectorRetriever(TaskVectors vectors, QuestionEmbedder embedder, Question question, boolean cachedEmbedding,
                    int size) {
        this.vectors = vectors;
        float[] vector = vectors.isEmpty() ? null : embedder.embed(question, cachedEmbedding);
        unit = vector == null ? null : TaskVectors.unit(vector);
        nearest = unit == null ? List.of() : vectors.nearest(unit, size, question.scope());
    }

    @Override
    public String name() {
        return "vectors";
    }

    @Override
    public List<String> found() {
        return nearest.stream().map(ScoredId::id).toList();
    }

    @Override
    public double score(TaskIndex.Entry entry) {
        return scores(List.of(entry)).getOrDefault(entry.id(), 0.0);
    }

    /** The cosines of all candidates read in one pass over the vectors. */
    @Override
    public Map<String, Double> scores(Collection<TaskIndex.Entry> candidates) {
        Map<String, Double> scores = new HashMap<>();
        if (unit == null) {
            return scores;
        }
        vectors.cosines(candidates.stream().map(TaskIndex.Entry::id).toList(), unit)
                .forEach((id, cosine) -> scores.put(id, Math.max(0, Math.min(1, (cosine - FLOOR) / SPAN))));
        return scores;
    }
}
