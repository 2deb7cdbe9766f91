// Full-text (cjk analyzer) search over task text and section headings.
CALL db.index.fulltext.queryNodes('task_text', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score
