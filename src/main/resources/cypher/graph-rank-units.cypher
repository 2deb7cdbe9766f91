// Departments by the number of tasks they hold through one of $roles (LEADS, SUPPORTS), most first, within the
// filters of graph-count-tasks.cypher ($documents, $from, $to, $dated); $shown task ids of each, in reading order.
MATCH (u:Department)-[r:LEADS|SUPPORTS]->(t:Task)
WHERE type(r) IN $roles AND ($documents IS NULL OR t.docKey IN $documents)
WITH u, t, [(t)-[due:DUE_BY]->(dl:Deadline) | {date: dl.date, kind: coalesce(due.kind, 'complete')}] AS dues
WHERE CASE $dated WHEN 'without' THEN size(dues) = 0 WHEN 'with' THEN size(dues) > 0 ELSE true END
  AND ($to IS NULL OR any(d IN dues WHERE d.kind = 'complete' AND d.date >= coalesce($from, '0000-01-01')
       AND d.date <= $to))
WITH u, t
ORDER BY t.sourceFile, t.line, t.id
WITH u, collect(DISTINCT t.id) AS ids
RETURN u.key AS key, u.name AS label, u.jurisdiction AS jurisdiction, size(ids) AS tasks, ids[0..$shown] AS shown
ORDER BY tasks DESC, label, key
LIMIT $limit
