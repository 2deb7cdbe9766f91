package org.policygraph.ask.retrieve;

import java.time.Duration;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.TermGroup;

/** The question's vector for semantic search: Chinese questions as typed, English ones as their Chinese terms. */
public final class QuestionEmbedder {
    private final EmbeddingModel model;
    /** Vectors by embedded text: the model's answer never changes, so only size and idleness bound it. */
    private final Cache<String, float[]> vectors = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    public QuestionEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** Null when no model is configured or the question has nothing to embed. */
    float[] embed(Question question, boolean cached) {
        if (model == null) {
            return null;
        }
        String text = question.english() || question.followUp()
                ? question.terms().stream().map(TermGroup::display).collect(Collectors.joining(" "))
                : question.text();
        if (text.isBlank()) {
            return null;
        }
        return cached ? vectors.get(text, this::computed) : computed(text);
    }

    private float[] computed(String text) {
        return model.embed(text).content().vector();
    }
}
