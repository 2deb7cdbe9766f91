// Tasks whose embedded text is the same as that of a task a re-import just replaced take over its vector.
UNWIND $rows AS row
MATCH (t:Task {id: row.id}), (v:TaskVector {key: row.key})
CALL db.create.setNodeVectorProperty(t, 'embedding', v.embedding)
SET t.embeddingKey = row.key
RETURN row.id AS id
