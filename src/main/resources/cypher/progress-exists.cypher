// Whether the graph holds any progress report row (issue 26).
OPTIONAL MATCH (p:Progress) WITH p LIMIT 1 RETURN p IS NOT NULL AS has
