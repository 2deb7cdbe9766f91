// Tasks still lacking an embedding, one batch at a time.
MATCH (t:Task)
WHERE t.embedding IS NULL
RETURN t.id AS id, coalesce(t.sectionHeading, '') AS heading, t.text AS text
LIMIT $batch
