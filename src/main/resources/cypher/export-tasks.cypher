// The task division table: every task with its document, units (as written; supports holds every responsible unit
// that is not a lead, implementers included, each with its role), the people in charge, deadline and targets, in reading
// order. $document (number, key or title words) and $department (name, full name or alias) narrow it; null: all.
MATCH (d:Document)
WHERE $document IS NULL OR d.docNo = $document OR d.key = $document OR d.title CONTAINS $document
MATCH (t:Task {docKey: d.key})
WHERE ($department IS NULL OR EXISTS {
        MATCH (u:Department)-[:LEADS|SUPPORTS|IMPLEMENTS]->(t)
        WHERE u.name = $department OR u.fullName = $department OR $department IN u.aliases })
RETURN d.docNo AS docNo, d.key AS docKey, d.title AS title, d.jurisdiction AS jurisdiction,
       t.id AS id, t.sectionPath AS sectionPath, t.sectionHeading AS sectionHeading, t.text AS text,
       t.sourceFile AS sourceFile, t.line AS line,
       [(l:Department)-[r:LEADS]->(t) | {name: l.name, asWritten: coalesce(r.asWritten, l.name), basis: r.basis,
         fullName: l.fullName, order: coalesce(r.order, 0)}] AS leads,
       [(s:Department)-[r:SUPPORTS|IMPLEMENTS]->(t) | {name: s.name, asWritten: coalesce(r.asWritten, s.name),
         fullName: s.fullName, role: CASE type(r) WHEN 'IMPLEMENTS' THEN 'implementer' ELSE 'support' END,
         order: coalesce(r.order, 0) + CASE type(r) WHEN 'IMPLEMENTS' THEN 1000 ELSE 0 END}] AS supports,
       [(p:Person)-[r:OVERSEES]->(t) | {name: p.name, title: p.title, order: coalesce(r.order, 0)}] AS leaders,
       [(t)-[due:DUE_BY]->(dl:Deadline) | {text: due.text, date: dl.date, kind: coalesce(due.kind, 'complete')}] AS deadlines,
       [(t)-[:SETS]->(g:Target) | {value: coalesce(g.valueText, toString(g.value)), unit: g.unit, year: g.year,
         comparator: g.comparator, kind: g.kind, metric: g.metric, text: g.text}] AS targets
ORDER BY t.sourceFile, t.line, t.id
