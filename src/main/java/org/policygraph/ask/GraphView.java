package org.policygraph.ask;

import java.util.List;
import java.util.Map;

/**
 * The part of the graph an answer came from, for drawing: nodes {id, label, name} and edges {from, to, type}.
 */
public record GraphView(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
    public static GraphView empty() {
        return new GraphView(List.of(), List.of());
    }
}
