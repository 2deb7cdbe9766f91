package org.policygraph;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Random;

/**
 * A stand-in for bge-small-zh in tests about something else than vectors: 512 dimensions drawn from each text's hash,
 * at once (the real model takes over a minute for the gazette's 1,959 tasks on this machine).
 */
public final class TextHashEmbeddings implements EmbeddingModel {
    private static final int DIMENSIONS = 512;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> vector(s.text())).toList());
    }

    @Override
    public int dimension() {
        return DIMENSIONS;
    }

    private static Embedding vector(String text) {
        Random random = new Random(text.hashCode());
        float[] values = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            values[i] = random.nextFloat() - 0.5f;
        }
        Embedding embedding = Embedding.from(values);
        embedding.normalize();
        return embedding;
    }
}
