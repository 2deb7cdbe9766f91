// Removes what one document contributed, keeping its Document node (other documents may cite it).
MATCH (n:Task {docKey: $key}) DETACH DELETE n;
MATCH (n:Target {docKey: $key}) DETACH DELETE n;
MATCH (n:Section {docKey: $key}) DETACH DELETE n;
MATCH (:Document {key: $key})-[c:CITES]->() DELETE c;
MATCH (n) WHERE (n:Deadline OR n:Project OR n:Department OR n:ExternalDocument) AND NOT (n)--() DELETE n
