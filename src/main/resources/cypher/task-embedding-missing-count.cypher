// How many tasks still lack an embedding.
MATCH (t:Task)
WHERE t.embedding IS NULL
RETURN count(t) AS n
