// Goals set by the given tasks, each with the result reported later when there is one (else a row without it),
// and results stated by the given tasks with the goal they answer.
UNWIND $ids AS id
MATCH (:Task {id: id})-[:SETS]->(x:Target)
OPTIONAL MATCH (x)-[r:RESULT]-(y:Target)
WITH id, r, CASE WHEN x.kind = 'goal' THEN x ELSE y END AS g, CASE WHEN x.kind = 'goal' THEN y ELSE x END AS a
WHERE g IS NOT NULL
MATCH (gt:Task)-[:SETS]->(g)
OPTIONAL MATCH (at:Task)-[:SETS]->(a)
RETURN DISTINCT id AS taskId, gt.id AS goalTaskId, g {.id, .metric, .value, .unit, .year, .comparator, .text} AS goal,
       at.id AS actualTaskId, a {.id, .metric, .value, .unit, .year, .comparator, .text} AS actual,
       r.verdict AS verdict
