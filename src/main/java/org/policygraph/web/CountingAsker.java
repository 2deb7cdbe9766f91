package org.policygraph.web;

import org.policygraph.ask.Answer;
import org.policygraph.ask.AskOptions;
import org.policygraph.ask.Asker;

/** An asker whose answers are counted in the metrics by the interface that asked (api, v1, mcp). */
record CountingAsker(Asker asker, String channel, WebMetrics metrics) implements Asker {
    @Override
    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, AskOptions.DEFAULT);
    }

    @Override
    public Answer ask(String question, String conversationId, AskOptions options) {
        Answer answer = asker.ask(question, conversationId, options);
        metrics.answered(channel, answer);
        return answer;
    }
}
