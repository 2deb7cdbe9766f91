package org.policygraph.web;

import java.util.List;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Citation;
import org.policygraph.ask.GraphView;

/** The JSON of POST /api/chat. */
record ChatResponse(String answer, List<Citation> citations, GraphView graph, String conversationId,
                    long elapsedMs) {
    static ChatResponse of(Answer answer, long elapsedMs) {
        return new ChatResponse(answer.answer(), answer.citations() == null ? List.of() : answer.citations(),
                answer.graph() == null ? GraphView.empty() : answer.graph(), answer.conversationId(), elapsedMs);
    }
}
