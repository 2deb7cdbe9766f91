// Documents of the corpus first (by issue date), then documents only known from citations (ExternalDocument).
CALL () {
  MATCH (d:Document)
  RETURN d, false AS stub
  UNION ALL
  MATCH (d:ExternalDocument)
  RETURN d, true AS stub
}
RETURN d.key AS key, d.docNo AS docNo, d.title AS title, d.issuer AS issuer, d.issuedOn AS issuedOn,
       d.sourceFile AS sourceFile, d.firstLine AS line, d.jurisdiction AS jurisdiction, stub,
       COUNT { (t:Task) WHERE t.docKey = d.key } AS tasks,
       COUNT { (g:Target) WHERE g.docKey = d.key } AS targets
ORDER BY stub, issuedOn, sourceFile, d.firstLine, docNo
