// Tasks of plans with a completion deadline on or before $to (the as-of date plus the due-soon window) that no
// progress report as of $asOf speaks of: what is overdue or falls due with no report at all (issue 26). Only
// deadlines read as a calendar date count; the $limit nearest deadlines are kept. An item of a plan written as a
// heading line and a body is two tasks due the same day: a report on either speaks of both.
MATCH (dl:Deadline) WHERE dl.date <= $to AND dl.date =~ '\\d{4}-\\d{2}-\\d{2}'
MATCH (t:Task)-[due:DUE_BY]->(dl)
WHERE t.notInPlan IS NULL AND coalesce(due.kind, 'complete') = 'complete'
  AND NOT EXISTS { MATCH (p:Progress)-[:REPORTS_ON]->(s:Task)
                   WHERE (p.asOf IS NULL OR p.asOf <= $asOf)
                     AND (s = t OR t.sectionPath <> '' AND s.docKey = t.docKey AND s.sectionPath = t.sectionPath
                          AND EXISTS { (s)-[:DUE_BY]->(dl) }) }
WITH t, due, dl ORDER BY dl.date
WITH t, head(collect({date: dl.date, text: coalesce(due.text, dl.text)})) AS dl
ORDER BY dl.date DESC, t.id
LIMIT $limit
OPTIONAL MATCH (d:Document {key: t.docKey})
OPTIONAL MATCH (u:Department)-[l:LEADS]->(t)
WITH t, d, dl, collect(coalesce(l.asWritten, u.name)) AS leads
OPTIONAL MATCH (person:Person)-[o:OVERSEES]->(t)
WITH t, d, dl, leads, person ORDER BY o.order
WITH t, d, dl, leads, collect(person.name) AS leaders
RETURN t.id AS taskId, t.text AS taskText, false AS notInPlan, t.sectionPath AS sectionPath, t.sectionHeading AS sectionHeading,
       d.docNo AS docNo, d.key AS docKey, d.title AS docTitle, d.jurisdiction AS jurisdiction, leads, leaders,
       dl.date AS deadline, dl.text AS deadlineText,
       null AS asOf, null AS reportedAs, null AS status, null AS statusText, null AS percent,
       null AS progressText, [] AS units, null AS reportTitle, null AS reportDocNo,
       t.sourceFile AS taskSourceFile, t.line AS taskLine, null AS sourceFile, 0 AS line, 0 AS reports
ORDER BY docNo, taskId
