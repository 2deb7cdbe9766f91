// The tasks of one document with their units, deadlines and targets, in reading order.
MATCH (t:Task {docKey: $docKey})
RETURN t.id AS id, t.text AS text, t.sectionPath AS sectionPath, t.line AS line,
       [(l:Department)-[:LEADS]->(t) | l.name] AS leads,
       [(s:Department)-[:SUPPORTS]->(t) | s.name] AS supports,
       [(t)-[:DUE_BY]->(dl:Deadline) | [dl.date, dl.precision]] AS deadlines,
       [(t)-[:SETS]->(g:Target) | g.text] AS targets
ORDER BY t.line
