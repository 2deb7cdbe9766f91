// Tasks of plans whose completion deadline falls between $from and $to, with their latest progress as of $asOf
// (null when none was reported), plan, lead units and deadline (issue 26). An item written as a heading line and a
// body is two tasks due the same day: a report on either speaks of both (as in progress-unreported.cypher).
MATCH (dl:Deadline) WHERE dl.date >= $from AND dl.date <= $to
MATCH (t:Task)-[due:DUE_BY]->(dl)
WHERE t.notInPlan IS NULL AND coalesce(due.kind, 'complete') = 'complete'
OPTIONAL MATCH (p:Progress)-[:REPORTS_ON]->(s:Task)
  WHERE (p.asOf IS NULL OR p.asOf <= $asOf)
    AND (s = t OR t.sectionPath <> '' AND s.docKey = t.docKey AND s.sectionPath = t.sectionPath
         AND EXISTS { (s)-[:DUE_BY]->(dl) })
WITH DISTINCT t, due, dl, p ORDER BY p.asOf DESC, p.id DESC
WITH t, due, dl, collect(p) AS history
WITH t, due, dl, head(history) AS latest, size(history) AS reports
OPTIONAL MATCH (latest)-[:PART_OF]->(r:Document)
OPTIONAL MATCH (d:Document {key: t.docKey})
OPTIONAL MATCH (u:Department)-[l:LEADS]->(t)
WITH t, latest, reports, r, d, due, dl, collect(coalesce(l.asWritten, u.name)) AS leads
OPTIONAL MATCH (person:Person)-[o:OVERSEES]->(t)
WITH t, latest, reports, r, d, due, dl, leads, person ORDER BY o.order
WITH t, latest, reports, r, d, due, dl, leads, collect(person.name) AS leaders
RETURN t.id AS taskId, t.text AS taskText, false AS notInPlan, t.sectionPath AS sectionPath, t.sectionHeading AS sectionHeading,
       d.docNo AS docNo, d.key AS docKey, d.title AS docTitle, d.jurisdiction AS jurisdiction, leads, leaders,
       dl.date AS deadline, coalesce(due.text, dl.text) AS deadlineText,
       latest.asOf AS asOf, latest.name AS reportedAs, latest.status AS status, latest.statusText AS statusText, latest.percent AS percent,
       latest.text AS progressText, coalesce(latest.units, []) AS units, coalesce(r.reportTitle, r.title) AS reportTitle, r.docNo AS reportDocNo,
       t.sourceFile AS taskSourceFile, t.line AS taskLine, latest.sourceFile AS sourceFile, latest.line AS line,
       reports
ORDER BY latest IS NULL, deadline, docNo, taskId
LIMIT $limit
