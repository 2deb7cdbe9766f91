// Where every document, section and task starts (source file, line; a task with its section): the evidence-recall tool
// turns these into the line spans of clauses.
MATCH (t:Task)
RETURN 'task' AS kind, t.id AS id, t.sourceFile AS sourceFile, t.line AS line, t.docKey + '/' + t.sectionPath AS section
UNION ALL
MATCH (s:Section)
MATCH (d:Document {key: s.docKey})
RETURN 'section' AS kind, s.id AS id, d.sourceFile AS sourceFile, s.line AS line, s.docKey + '/' + s.path AS section
UNION ALL
MATCH (d:Document)
RETURN 'document' AS kind, 'doc:' + d.key AS id, d.sourceFile AS sourceFile, d.firstLine AS line, d.key AS section
