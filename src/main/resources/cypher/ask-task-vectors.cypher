// The embedding of every task that has one, loaded once per graph version for in-memory similarity.
MATCH (t:Task)
WHERE t.embedding IS NOT NULL
RETURN t.id AS id, t.embedding AS embedding
