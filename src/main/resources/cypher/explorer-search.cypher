// Full-text search in one index ($index of kind $kind); $query is Lucene-escaped by the caller.
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
RETURN $kind AS kind,
       CASE $kind WHEN 'task' THEN node.id WHEN 'document' THEN coalesce(node.docNo, node.key) ELSE node.name END
         AS key,
       CASE $kind WHEN 'task' THEN node.text WHEN 'document' THEN node.title ELSE node.name END AS label,
       CASE $kind WHEN 'task' THEN node.sectionHeading WHEN 'document' THEN node.issuedOn
                  WHEN 'department' THEN node.fullName END AS detail,
       node.docNo AS docNo, coalesce(node.line, node.firstLine, 0) AS line, score * $weight AS score
LIMIT $limit
