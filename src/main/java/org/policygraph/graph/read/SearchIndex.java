package org.policygraph.graph.read;

import java.util.Map;

/** The full-text indexes the explorer searches, with the weight that ranks their hits against each other. */
enum SearchIndex {
    DEPARTMENT("department_names", "department", 2.0),
    DOCUMENT("document_title", "document", 1.5),
    PROJECT("project_names", "project", 1.2),
    TASK("task_text", "task", 1.0);

    private final String indexName;
    private final String kind;
    private final double weight;

    SearchIndex(String indexName, String kind, double weight) {
        this.indexName = indexName;
        this.kind = kind;
        this.weight = weight;
    }

    String indexName() {
        return indexName;
    }

    Map<String, Object> parameters(String lucene, int limit) {
        return Map.of("index", indexName, "kind", kind, "weight", weight, "query", lucene, "limit", limit);
    }
}
