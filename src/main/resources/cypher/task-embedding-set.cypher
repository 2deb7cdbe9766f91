UNWIND $rows AS row
MATCH (t:Task {id: row.id})
CALL db.create.setNodeVectorProperty(t, 'embedding', row.vector)
SET t.embeddingKey = row.key
