package org.policygraph.ask;

/** Answers one question, in a conversation when {@code conversationId} is non-null. */
public interface Asker {
    Answer ask(String question, String conversationId);

    /** Whether a question was answered in this conversation lately, so that a follow-up in it leans on it. */
    default boolean continues(String conversationId) {
        return false;
    }

    /**
     * Answers as {@link #ask(String, String)} does, with this request's options. This default computes the whole
     * answer, then sends its lines; an asker that composes line by line sends each as it is written.
     */
    default Answer ask(String question, String conversationId, AskOptions options) {
        Answer answer = ask(question, conversationId);
        options.sendLines(answer);
        return answer;
    }
}
