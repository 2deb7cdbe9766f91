// Tasks still lacking an embedding.
MATCH (t:Task)
WHERE t.embedding IS NULL
RETURN t.id AS id, coalesce(t.sectionHeading, '') AS heading, t.text AS text
ORDER BY id
