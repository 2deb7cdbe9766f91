// The documents a document cites (「按照《…意见》（郑政〔2017〕6号）办理」): those of the corpus and stubs known only from
// the citation, by number.
MATCH (d:Document {key: $key})-[:CITES]->(c)
RETURN c.key AS key, c.docNo AS docNo, c.title AS title
ORDER BY c.docNo
