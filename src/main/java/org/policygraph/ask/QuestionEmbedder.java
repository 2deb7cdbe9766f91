package org.policygraph.ask;

import java.util.stream.Collectors;

import dev.langchain4j.model.embedding.EmbeddingModel;

/** The question's vector for semantic search: Chinese questions as typed, English ones as their Chinese terms. */
final class QuestionEmbedder {
    private final EmbeddingModel model;

    QuestionEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** Null when no model is configured or the question has nothing to embed. */
    float[] embed(Question question) {
        if (model == null) {
            return null;
        }
        String text = question.english() || question.followUp()
                ? question.terms().stream().map(TermGroup::display).collect(Collectors.joining(" "))
                : question.text();
        return text.isBlank() ? null : model.embed(text).content().vector();
    }
}
