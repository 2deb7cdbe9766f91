// Full-text search over tasks, documents, departments and projects; $query is Lucene-escaped by the caller.
CALL () {
  CALL db.index.fulltext.queryNodes('department_names', $query) YIELD node, score
  RETURN 'department' AS kind, node.name AS key, node.name AS label, node.fullName AS detail,
         null AS docNo, 0 AS line, score * 2 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('document_title', $query) YIELD node, score
  RETURN 'document' AS kind, coalesce(node.docNo, node.key) AS key, node.title AS label, node.issuedOn AS detail,
         node.docNo AS docNo, coalesce(node.firstLine, 0) AS line, score * 1.5 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('project_name', $query) YIELD node, score
  RETURN 'project' AS kind, node.name AS key, node.name AS label, null AS detail,
         null AS docNo, 0 AS line, score * 1.2 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('task_text', $query) YIELD node, score
  RETURN 'task' AS kind, node.id AS key, node.text AS label, node.sectionHeading AS detail,
         node.docNo AS docNo, coalesce(node.line, 0) AS line, score AS score
}
RETURN kind, key, label, detail, docNo, line, score
ORDER BY score DESC
LIMIT $limit
