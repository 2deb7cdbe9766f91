// Every task vector, held in memory by the asker to score candidates without a round trip each.
MATCH (t:Task)
WHERE t.embedding IS NOT NULL
RETURN t.id AS id, t.embedding AS embedding
