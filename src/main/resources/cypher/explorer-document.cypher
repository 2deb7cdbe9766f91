// One document by number or key (a document of the corpus before a cited-only one), with what it cites.
CALL () {
  MATCH (d:Document) WHERE d.docNo = $docNo OR d.key = $docNo
  RETURN d, false AS stub
  UNION ALL
  MATCH (d:ExternalDocument) WHERE d.docNo = $docNo OR d.key = $docNo
  RETURN d, true AS stub
}
WITH d, stub ORDER BY stub LIMIT 1
RETURN d.key AS key, d.docNo AS docNo, d.title AS title, d.issuer AS issuer, d.issuedOn AS issuedOn,
       d.sourceFile AS sourceFile, d.firstLine AS line, d.jurisdiction AS jurisdiction, stub,
       COUNT { (t:Task) WHERE t.docKey = d.key } AS tasks,
       COUNT { (g:Target) WHERE g.docKey = d.key } AS targets,
       [(d)-[:CITES]->(c) | {key: c.key, docNo: c.docNo, title: c.title, stub: c:ExternalDocument}] AS cites
