// Nearest tasks by embedding (cosine).
CALL db.index.vector.queryNodes('task_embedding', $limit, $vector) YIELD node, score
RETURN node.id AS id, score
