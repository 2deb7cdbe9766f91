// Every document of the corpus (not the stubs known only from citations) with its task and target counts.
// A file read by OCR (a scan, a photo) is named with （OCR识别） after its name.
MATCH (d:Document)
WHERE NOT coalesce(d.stub, false)
RETURN d.key AS key, d.docNo AS docNo, d.title AS title, d.issuer AS issuer, d.issuedOn AS issuedOn,
       d.sourceFile + CASE WHEN d.ocrPages > 0 THEN '（OCR识别）' ELSE '' END AS sourceFile, d.firstLine AS line, d.jurisdiction AS jurisdiction,
       COUNT { MATCH (t:Task {docKey: d.key}) } AS tasks, COUNT { MATCH (g:Target {docKey: d.key}) } AS targets,
       false AS stub
ORDER BY d.sourceFile, d.firstLine
