package org.policygraph.ask;

/** Counts answers by the door that asked (api, v1, mcp; see {@link AskOptions#channel()}): the metrics step. */
public interface AnswerCounter {
    AnswerCounter NONE = (channel, answer) -> { };

    void answered(String channel, Answer answer);
}
