package org.policygraph.ask;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.policygraph.ask.question.Question;

/** The last understood question of each conversation, so that follow-ups can lean on it. Bounded and expiring. */
public final class Conversations {
    private final Cache<String, Question> lastQuestion = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(30))
            .build();

    public String idFor(String conversationId) {
        return conversationId == null || conversationId.isBlank() ? UUID.randomUUID().toString() : conversationId;
    }

    Optional<Question> previous(String conversationId) {
        return Optional.ofNullable(lastQuestion.getIfPresent(conversationId));
    }

    void remember(String conversationId, Question question) {
        lastQuestion.put(conversationId, question);
    }
}
