// Cosine similarity of the question vector to each given task that has an embedding. Neo4j scales cosine to
// [0, 1] as (1 + cos) / 2; the asker works with the plain cosine.
UNWIND $ids AS id
MATCH (t:Task {id: id})
WHERE t.embedding IS NOT NULL
RETURN id, 2 * vector.similarity.cosine(t.embedding, $vector) - 1 AS score
