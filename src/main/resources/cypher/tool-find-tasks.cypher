// Tasks matching $query (Lucene-escaped by the caller) in the task full-text index, narrowed by optional
// A file read by OCR (a scan, a photo) is cited with （OCR识别） after its name: its text may hold misread characters.
// $department (name, full name or alias, leading or supporting), $document (number, key or title words),
// $jurisdiction (the document's place, by prefix) and $dueBefore (ISO date: an earliest dated deadline on or before).
CALL db.index.fulltext.queryNodes('task_text', $query) YIELD node AS t, score
MATCH (doc:Document {key: t.docKey})
WHERE ($document IS NULL OR doc.docNo = $document OR doc.key = $document OR doc.title CONTAINS $document)
  AND ($jurisdiction IS NULL OR doc.jurisdiction STARTS WITH $jurisdiction)
  AND ($department IS NULL OR EXISTS {
    MATCH (d:Department)-[:LEADS|SUPPORTS]->(t)
    WHERE d.name = $department OR d.fullName = $department OR $department IN coalesce(d.aliases, [])
  })
WITH t, doc, score, [(t)-[due:DUE_BY]->(dl:Deadline) | {date: dl.date, text: coalesce(due.text, dl.text), kind: due.kind}]
     AS deadlines
WITH t, doc, score, deadlines, reduce(first = null, d IN deadlines |
       CASE WHEN d.date IS NOT NULL AND (first IS NULL OR d.date < first) THEN d.date ELSE first END) AS due
WHERE $dueBefore IS NULL OR (due IS NOT NULL AND due <= $dueBefore)
RETURN t.id AS id, t.text AS text, doc.docNo AS docNo, doc.key AS docKey, doc.title AS docTitle,
       doc.jurisdiction AS jurisdiction, t.sectionPath AS sectionPath, t.sectionHeading AS sectionHeading,
       t.sourceFile + CASE WHEN doc.ocrPages > 0 THEN '（OCR识别）' ELSE '' END AS sourceFile, t.line AS line,
       [(l:Department)-[r:LEADS]->(t) | {name: l.name, asWritten: r.asWritten, basis: r.basis}] AS leads,
       [(s:Department)-[r:SUPPORTS]->(t) | {name: s.name, asWritten: r.asWritten}] AS supports,
       deadlines, [(t)-[:SETS]->(g:Target) | g.text] AS targets, score
ORDER BY score DESC, docKey, line
LIMIT $limit
