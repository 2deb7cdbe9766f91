// Every task progress reports speak of, with its latest report as of $asOf (later reports ignored) and how many
// reports as of then, its plan, lead units, the leaders in charge (Person -OVERSEES->) and
// deadline (issue 26).
MATCH (p:Progress)-[:REPORTS_ON]->(t:Task)
WHERE p.asOf IS NULL OR p.asOf <= $asOf
WITH t, p ORDER BY p.asOf DESC, p.id DESC
WITH t, collect(p) AS history
WITH t, history[0] AS latest, size(history) AS reports
MATCH (latest)-[:PART_OF]->(r:Document)
OPTIONAL MATCH (d:Document {key: t.docKey})
OPTIONAL MATCH (t)-[due:DUE_BY]->(dl:Deadline)
WITH t, latest, reports, r, d, head(collect({date: dl.date, text: coalesce(due.text, dl.text)})) AS dl
OPTIONAL MATCH (u:Department)-[l:LEADS]->(t)
WITH t, latest, reports, r, d, dl, collect(coalesce(l.asWritten, u.name)) AS leads
OPTIONAL MATCH (person:Person)-[o:OVERSEES]->(t)
WITH t, latest, reports, r, d, dl, leads, person ORDER BY o.order
WITH t, latest, reports, r, d, dl, leads, collect(person.name) AS leaders
RETURN t.id AS taskId, t.text AS taskText, coalesce(t.notInPlan, false) AS notInPlan, t.sectionPath AS sectionPath, t.sectionHeading AS sectionHeading,
       d.docNo AS docNo, d.key AS docKey, d.title AS docTitle, d.jurisdiction AS jurisdiction, leads, leaders,
       dl.date AS deadline, dl.text AS deadlineText,
       latest.asOf AS asOf, latest.name AS reportedAs, latest.status AS status, latest.statusText AS statusText, latest.percent AS percent,
       latest.text AS progressText, coalesce(latest.units, []) AS units, coalesce(r.reportTitle, r.title) AS reportTitle, r.docNo AS reportDocNo,
       t.sourceFile AS taskSourceFile, t.line AS taskLine, latest.sourceFile AS sourceFile, latest.line AS line, reports
ORDER BY docNo, taskId
