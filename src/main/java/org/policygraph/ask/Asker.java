package org.policygraph.ask;

/** Answers one question, in a conversation when {@code conversationId} is non-null. */
public interface Asker {
    Answer ask(String question, String conversationId);
}
