// One department (by name, full name, alias or English name) and every task it leads, supports or implements.
// Name and full name seek their indexes; an alias (a list) or English name (any case) is found through the
// department_names full-text index as a phrase, then compared exactly.
CALL () {
  MATCH (d:Department {name: $name})
  RETURN d, 0 AS rank
  UNION
  MATCH (d:Department {fullName: $name})
  RETURN d, 1 AS rank
  UNION
  WITH trim($name) AS name WHERE name <> ''
  CALL db.index.fulltext.queryNodes('department_names',
    '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS d
  WITH d WHERE $name IN coalesce(d.aliases, []) OR toLower(coalesce(d.nameEn, '')) = toLower($name)
  RETURN d, 1 AS rank
}
WITH d ORDER BY rank, d.name LIMIT 1
OPTIONAL MATCH (d)-[r:LEADS|SUPPORTS|IMPLEMENTS]->(t:Task)
OPTIONAL MATCH (doc:Document {key: t.docKey})
RETURN d.name AS name, d.fullName AS fullName, d.nameEn AS nameEn, coalesce(d.aliases, []) AS aliases,
       d.level AS level, coalesce(d.inDictionary, false) AS inDictionary,
       COUNT { (d)-[:LEADS]->(:Task) } AS leadCount, COUNT { (d)-[:SUPPORTS]->(:Task) } AS supportCount,
       t.id AS taskId, CASE type(r) WHEN 'LEADS' THEN 'lead' WHEN 'IMPLEMENTS' THEN 'implementer' ELSE 'support' END AS role, r.basis AS basis,
       t.text AS text, t.docKey AS docKey, coalesce(t.docNo, doc.docNo) AS docNo, doc.title AS docTitle,
       t.sectionHeading AS section, t.sourceFile AS sourceFile, t.line AS line,
       [(t)-[:DUE_BY]->(dl:Deadline) | [dl.date, dl.precision]] AS deadlines,
       [(t)-[:SETS]->(g:Target) | g.text] AS targets,
       [(l:Department)-[:LEADS]->(t) | l.name] AS leads,
       [(s:Department)-[:SUPPORTS|IMPLEMENTS]->(t) | s.name] AS supports,
       [(p:Person)-[:OVERSEES]->(t) | p.name] AS leaders
ORDER BY t.docKey, t.line
