// Everything an answer needs about the given tasks: document, leads, supports, deadline, targets, projects.
// A file read by OCR (a scan, a photo) is cited with （OCR识别） after its name: its text may hold misread characters.
// Projects in the order the task text names them (a COLLECT has no order of its own: it changed between starts).
UNWIND $ids AS id
MATCH (t:Task {id: id})
OPTIONAL MATCH (d:Document {key: t.docKey})
OPTIONAL MATCH (t)-[due:DUE_BY]->(dl:Deadline)
RETURN t.id AS id, t.docKey AS docKey, coalesce(d.docNo, t.docNo) AS docNo, d.title AS title,
       d.issuedOn AS issuedOn, d.issuer AS issuer, t.sectionPath AS sectionPath,
       t.sectionHeading AS sectionHeading, t.text AS text, t.sourceFile + CASE WHEN d.ocrPages > 0 THEN '（OCR识别）' ELSE '' END AS sourceFile, t.line AS line,
       COLLECT { MATCH (l:Department)-[r:LEADS]->(t)
                 RETURN {name: l.name, nameEn: l.nameEn, basis: r.basis, quote: r.quote} } AS leads,
       COLLECT { MATCH (s:Department)-[r:SUPPORTS]->(t)
                 RETURN {name: s.name, nameEn: s.nameEn, basis: 'listed', quote: r.quote} } AS supports,
       COLLECT { MATCH (b:Department)-[r:NAMED_IN]->(t)
                 RETURN {name: b.name, nameEn: b.nameEn, basis: r.relation, quote: r.quote, order: r.order}
                 ORDER BY r.order } AS named,
       dl.date AS dueDate, dl.precision AS duePrecision, due.text AS dueText, due.kind AS dueKind, due.quote AS dueQuote,
       COLLECT { MATCH (t)-[:SETS]->(g:Target)
                 RETURN {id: g.id, metric: g.metric, value: g.value, unit: g.unit, year: g.year,
                         comparator: g.comparator, text: g.text} } AS targets,
       COLLECT { MATCH (t)-[:MENTIONS]->(p:Project) RETURN p.name ORDER BY size(split(t.text, p.name)[0]), p.name } AS projects
