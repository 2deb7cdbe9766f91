package org.policygraph.ask;

import java.util.List;

/** What the assistant says: text in the question's language, its citations, the graph it came from, the query used. */
public record Answer(String answer, List<Citation> citations, GraphView graph, String conversationId,
                     String query, long elapsedMs) {
}
