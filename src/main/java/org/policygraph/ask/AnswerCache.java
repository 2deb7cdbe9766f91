package org.policygraph.ask;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.policygraph.ask.question.Question;

/**
 * Finished answers by question text and conversation state (the previous understood question, or none), for one
 * state of the graph: the asker builds a new one whenever it re-reads the graph, which drops every entry at once.
 */
final class AnswerCache {
    record Key(String question, Question previous) {
    }

    /** What a repeat of the question needs: the understood question (the conversation's next state) and the answer. */
    record Entry(Question understood, Answer answer) {
    }

    private final Cache<Key, Entry> entries = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(30))
            .build();

    Optional<Entry> get(Key key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    void put(Key key, Entry entry) {
        entries.put(key, entry);
    }
}
