// Documents by the number of their tasks within the filters of graph-count-tasks.cypher ($documents, $units with
// $roles, $from, $to, $dated), most first; $shown task ids of each, in reading order.
MATCH (t:Task)
WHERE $documents IS NULL OR t.docKey IN $documents
WITH t,
     [(u:Department)-[r:LEADS|SUPPORTS]->(t) WHERE u.name IN coalesce($units, []) AND type(r) IN $roles | u.name]
       AS held,
     [(t)-[due:DUE_BY]->(dl:Deadline) | {date: dl.date, kind: coalesce(due.kind, 'complete')}] AS dues
WHERE ($units IS NULL OR size(held) > 0)
  AND CASE $dated WHEN 'without' THEN size(dues) = 0 WHEN 'with' THEN size(dues) > 0 ELSE true END
  AND ($to IS NULL OR any(d IN dues WHERE d.kind = 'complete' AND d.date >= coalesce($from, '0000-01-01')
       AND d.date <= $to))
WITH t
ORDER BY t.sourceFile, t.line, t.id
WITH t.docKey AS docKey, collect(t.id) AS ids
MATCH (d:Document {key: docKey})
RETURN d.key AS key, coalesce(d.docNo, d.title) AS label, d.jurisdiction AS jurisdiction, size(ids) AS tasks,
       ids[0..$shown] AS shown
ORDER BY tasks DESC, d.sourceFile, d.firstLine
LIMIT $limit
