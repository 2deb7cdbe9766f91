// Removes what the documents $keys contributed, keeping their Document nodes (other documents may cite them),
// then the shared nodes nothing points to any more. Task vectors are handed over to the semantic indexer by the
// hash of their text, so that re-imported tasks whose text did not change are not embedded again.
UNWIND $keys AS key MATCH (n:Task {docKey: key}) WHERE n.embeddingKey IS NOT NULL
  MERGE (v:TaskVector {key: n.embeddingKey}) ON CREATE SET v.embedding = n.embedding;
UNWIND $keys AS key MATCH (n:Task {docKey: key}) DETACH DELETE n;
UNWIND $keys AS key MATCH (n:Progress {docKey: key}) DETACH DELETE n;
UNWIND $keys AS key MATCH (n:Target {docKey: key}) DETACH DELETE n;
UNWIND $keys AS key MATCH (n:Section {docKey: key}) DETACH DELETE n;
UNWIND $keys AS key MATCH (:Document {key: key})-[c:CITES]->() DELETE c;
MATCH (n) WHERE (n:Deadline OR n:Project OR n:Department OR n:Person OR n:ExternalDocument) AND NOT (n)--() DELETE n
