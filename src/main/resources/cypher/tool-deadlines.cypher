// Tasks with a dated deadline between $from and $to (ISO dates, either may be null), earliest first;
// $department (name, full name or alias) narrows to the tasks it leads or supports.
MATCH (t:Task)-[due:DUE_BY]->(dl:Deadline)
// A range on the deadline_date index; an open end is the lowest or highest ISO date (and excludes undated limits).
WHERE dl.date >= coalesce($from, '0000-01-01') AND dl.date <= coalesce($to, '9999-12-31')
  AND ($department IS NULL OR EXISTS {
    MATCH (d:Department)-[:LEADS|SUPPORTS]->(t)
    WHERE d.name = $department OR d.fullName = $department OR $department IN coalesce(d.aliases, [])
  })
OPTIONAL MATCH (doc:Document {key: t.docKey})
RETURN dl.date AS date, dl.precision AS precision, t.id AS taskId, t.text AS text, t.docKey AS docKey,
       coalesce(t.docNo, doc.docNo) AS docNo, doc.title AS docTitle, t.sectionHeading AS section, t.line AS line,
       [(l:Department)-[:LEADS]->(t) | l.name] AS leads,
       [(s:Department)-[:SUPPORTS]->(t) | s.name] AS supports
ORDER BY date, docKey, line
LIMIT $limit
