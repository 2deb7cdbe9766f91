// The tasks under the same section (or document) as the given task, in reading order.
MATCH (t:Task {id: $id})-[:PART_OF]->(parent)<-[:PART_OF]-(s:Task)
RETURN s.id AS id, s.line AS line
ORDER BY line
