// One task by id: the clause as written with its document, section and units, for citing it.
// A file read by OCR (a scan, a photo) is cited with （OCR识别） after its name: its text may hold misread characters.
MATCH (t:Task {id: $id})
OPTIONAL MATCH (doc:Document {key: t.docKey})
RETURN t.id AS id, t.text AS text, coalesce(t.docNo, doc.docNo) AS docNo, t.docKey AS docKey, doc.title AS docTitle,
       doc.jurisdiction AS jurisdiction, t.sectionPath AS sectionPath, t.sectionHeading AS sectionHeading,
       t.sourceFile + CASE WHEN doc.ocrPages > 0 THEN '（OCR识别）' ELSE '' END AS sourceFile, t.line AS line,
       [(l:Department)-[r:LEADS]->(t) | {name: l.name, asWritten: r.asWritten, basis: r.basis}] AS leads,
       [(s:Department)-[r:SUPPORTS]->(t) | {name: s.name, asWritten: r.asWritten}] AS supports,
       [(t)-[due:DUE_BY]->(dl:Deadline) | {date: dl.date, text: coalesce(due.text, dl.text), kind: due.kind}]
         AS deadlines,
       [(t)-[:SETS]->(g:Target) | g.text] AS targets, 1.0 AS score
