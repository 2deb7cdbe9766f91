// One document by number or key, with the documents it cites.
MATCH (d:Document)
WHERE d.docNo = $docNo OR d.key = $docNo
WITH d ORDER BY coalesce(d.stub, false) LIMIT 1
RETURN d.key AS key, d.docNo AS docNo, d.title AS title, d.issuer AS issuer, d.issuedOn AS issuedOn,
       d.sourceFile AS sourceFile, coalesce(d.stub, false) AS stub,
       COUNT { (t:Task) WHERE t.docKey = d.key } AS tasks,
       COUNT { (g:Target) WHERE g.docKey = d.key } AS targets,
       [(d)-[:CITES]->(c:Document) | {key: c.key, docNo: c.docNo, title: c.title, stub: coalesce(c.stub, false)}]
         AS cites
