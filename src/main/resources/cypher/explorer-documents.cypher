// Documents of the corpus first (by issue date), then stubs known only from citations.
MATCH (d:Document)
RETURN d.key AS key, d.docNo AS docNo, d.title AS title, d.issuer AS issuer, d.issuedOn AS issuedOn,
       d.sourceFile AS sourceFile, coalesce(d.stub, false) AS stub,
       COUNT { (t:Task) WHERE t.docKey = d.key } AS tasks,
       COUNT { (g:Target) WHERE g.docKey = d.key } AS targets
ORDER BY stub, issuedOn, sourceFile, d.firstLine
