// Cosine similarity of the question vector to each given task that has an embedding.
UNWIND $ids AS id
MATCH (t:Task {id: id})
WHERE t.embedding IS NOT NULL
RETURN id, vector.similarity.cosine(t.embedding, $vector) AS score
