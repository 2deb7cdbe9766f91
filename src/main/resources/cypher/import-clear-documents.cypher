// Removes what the documents $keys contributed, keeping their Document nodes (other documents may cite them),
// then the shared nodes nothing points to any more.
UNWIND $keys AS key MATCH (n:Task {docKey: key}) DETACH DELETE n;
UNWIND $keys AS key MATCH (n:Target {docKey: key}) DETACH DELETE n;
UNWIND $keys AS key MATCH (n:Section {docKey: key}) DETACH DELETE n;
UNWIND $keys AS key MATCH (:Document {key: key})-[c:CITES]->() DELETE c;
MATCH (n) WHERE (n:Deadline OR n:Project OR n:Department OR n:ExternalDocument) AND NOT (n)--() DELETE n
