// A document that is gone from its source file: its content, then the node itself, or a stub if still cited.
MATCH (d:Document {key: $key}) WHERE NOT ()-[:CITES]->(d) DETACH DELETE d;
MATCH (d:Document {key: $key}) REMOVE d:Document SET d:ExternalDocument
