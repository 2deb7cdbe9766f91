// Documents gone from their source files (content already cleared): the node itself, or a stub if still cited.
UNWIND $keys AS key MATCH (d:Document {key: key}) WHERE NOT ()-[:CITES]->(d) DETACH DELETE d;
UNWIND $keys AS key MATCH (d:Document {key: key}) REMOVE d:Document SET d:ExternalDocument
