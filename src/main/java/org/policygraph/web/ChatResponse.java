package org.policygraph.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Citation;
import org.policygraph.ask.GraphView;

/**
 * The JSON of POST /api/chat; {@code newConversation} is true when this answer opened its conversation, and
 * {@code notice} (left out when null) says why a conversation id that was sent was not continued.
 */
record ChatResponse(String answer, List<Citation> citations, GraphView graph, String conversationId,
                    boolean newConversation, @JsonInclude(JsonInclude.Include.NON_NULL) String notice,
                    long elapsedMs) {
    static ChatResponse of(Answer answer, long elapsedMs, boolean newConversation, String notice) {
        return new ChatResponse(answer.answer(), answer.citations() == null ? List.of() : answer.citations(),
                answer.graph() == null ? GraphView.empty() : answer.graph(), answer.conversationId(),
                newConversation, notice, elapsedMs);
    }
}
