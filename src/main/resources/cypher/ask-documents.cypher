// Every document of the corpus (not the stubs known only from citations) with its task count.
MATCH (d:Document)
WHERE NOT coalesce(d.stub, false)
RETURN d.key AS key, d.docNo AS docNo, d.title AS title, d.issuer AS issuer, d.issuedOn AS issuedOn,
       d.sourceFile AS sourceFile, d.firstLine AS line, d.jurisdiction AS jurisdiction,
       COUNT { MATCH (t:Task {docKey: d.key}) } AS tasks
ORDER BY d.sourceFile, d.firstLine
