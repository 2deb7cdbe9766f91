CREATE VECTOR INDEX task_embedding IF NOT EXISTS FOR (t:Task) ON t.embedding
OPTIONS {indexConfig: {`vector.dimensions`: 512, `vector.similarity_function`: 'cosine'}}
