package org.policygraph.ask;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.policygraph.ask.question.Question;

/**
 * The conversations of the last half hour, the process's one registry of them: which ids were answered (a follow-up
 * under any other id starts afresh), and the last understood question of each, so that follow-ups can lean on it.
 */
public final class Conversations {
    /** A conversation's last understood question; null while its only answers came from the progress desk. */
    private record Turn(Question last) {
    }

    private final Cache<String, Turn> turns = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(30))
            .build();

    public String idFor(String conversationId) {
        return conversationId == null || conversationId.isBlank() ? UUID.randomUUID().toString() : conversationId;
    }

    /** Whether a question was answered under this id in the last half hour. */
    public boolean knows(String conversationId) {
        return conversationId != null && turns.getIfPresent(conversationId) != null;
    }

    Optional<Question> previous(String conversationId) {
        return Optional.ofNullable(turns.getIfPresent(conversationId)).map(Turn::last);
    }

    void remember(String conversationId, Question question) {
        turns.put(conversationId, new Turn(question));
    }

    /** Marks an answered conversation as known, keeping its last question. */
    void answered(String conversationId) {
        if (conversationId != null) {
            turns.asMap().putIfAbsent(conversationId, new Turn(null));
        }
    }
}
