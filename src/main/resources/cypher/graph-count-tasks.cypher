// The tasks a graph question counts or lists, one row each: in $documents (keys; null: all), held by one of $units
// (department names; null: any) through one of $roles (LEADS, SUPPORTS), with a completion deadline in
// [$from, $to] ($to null: no window; $from null: open), and $dated 'with' / 'without' a deadline ('any': either).
// roles: how the units asked hold the task (explicit, first-listed, support); dueDate: its deadline in the window.
// Reading order, or by due date when $byDueDate.
MATCH (t:Task)
WHERE $documents IS NULL OR t.docKey IN $documents
WITH t,
     [(u:Department)-[r:LEADS|SUPPORTS]->(t) WHERE u.name IN coalesce($units, []) AND type(r) IN $roles
       | CASE type(r) WHEN 'SUPPORTS' THEN 'support' ELSE coalesce(r.basis, 'explicit') END] AS roles,
     [(t)-[due:DUE_BY]->(dl:Deadline) | {date: dl.date, kind: coalesce(due.kind, 'complete')}] AS dues
WITH t, roles, dues,
     [d IN dues WHERE d.kind = 'complete' AND d.date >= coalesce($from, '0000-01-01')
       AND d.date <= coalesce($to, '9999-12-31') | d.date] AS inWindow
WHERE ($units IS NULL OR size(roles) > 0)
  AND CASE $dated WHEN 'without' THEN size(dues) = 0 WHEN 'with' THEN size(dues) > 0 ELSE true END
  AND ($to IS NULL OR size(inWindow) > 0)
RETURN t.id AS id, roles, head(inWindow) AS dueDate
ORDER BY CASE WHEN $byDueDate THEN head(inWindow) ELSE '' END, t.sourceFile, t.line, t.id
