package org.policygraph.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * The conversation ids this server has handed out in the last half hour (as long as the asker remembers a
 * conversation): a follow-up that names another id is no follow-up, and starts a new conversation instead.
 */
final class KnownConversations {
    private final Cache<String, Boolean> issued = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(30))
            .build();

    boolean contains(String conversationId) {
        return conversationId != null && issued.getIfPresent(conversationId) != null;
    }

    void add(String conversationId) {
        if (conversationId != null) {
            issued.put(conversationId, Boolean.TRUE);
        }
    }
}
