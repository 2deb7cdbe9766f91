// The embedding of every task of the given documents that has one, with its document: a refresh after a graph
// change adds these to a copy of the previous version's vector graph.
MATCH (t:Task)
WHERE t.docKey IN $keys AND t.embedding IS NOT NULL
RETURN t.id AS id, t.docKey AS docKey, t.embedding AS embedding
