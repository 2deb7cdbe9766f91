// Writes one extracted document; all statements run in one transaction with the same parameters.
MATCH (e:ExternalDocument {key: $key}) REMOVE e:ExternalDocument SET e:Document;
MERGE (d:Document {key: $key}) SET d += $doc;
UNWIND $sections AS s MERGE (n:Section {id: s.id}) SET n += s.props;
UNWIND $sections AS s
  MATCH (n:Section {id: s.id})
  OPTIONAL MATCH (ps:Section {id: s.parentId})
  OPTIONAL MATCH (pd:Document {key: s.parentId})
  WITH n, coalesce(ps, pd) AS parent
  MERGE (n)-[:PART_OF]->(parent);
UNWIND $tasks AS t
  MERGE (n:Task {id: t.id}) SET n += t.props
  WITH n, t
  OPTIONAL MATCH (ps:Section {id: t.parentId})
  OPTIONAL MATCH (pd:Document {key: $key})
  WITH n, coalesce(ps, pd) AS parent
  MERGE (n)-[:PART_OF]->(parent);
UNWIND $targets AS g
  MATCH (t:Task {id: g.taskId})
  MERGE (n:Target {id: g.id}) SET n += g.props
  MERGE (t)-[:SETS]->(n);
UNWIND $departments AS d MERGE (n:Department {name: d.name}) SET n += d.props;
UNWIND $roles AS r
  MATCH (d:Department {name: r.department}), (t:Task {id: r.taskId})
  FOREACH (_ IN CASE WHEN r.role = 'LEADS' THEN [1] ELSE [] END |
    MERGE (d)-[x:LEADS]->(t) SET x.basis = r.basis, x.quote = r.quote, x.docKey = $key)
  FOREACH (_ IN CASE WHEN r.role = 'SUPPORTS' THEN [1] ELSE [] END |
    MERGE (d)-[x:SUPPORTS]->(t) SET x.quote = r.quote, x.docKey = $key);
UNWIND $deadlines AS dl
  MATCH (t:Task {id: dl.taskId})
  MERGE (n:Deadline {key: dl.key}) ON CREATE SET n.date = dl.date, n.precision = dl.precision
  MERGE (t)-[x:DUE_BY]->(n) SET x.text = dl.text;
UNWIND $projects AS p
  MATCH (t:Task {id: p.taskId})
  MERGE (n:Project {name: p.name})
  MERGE (t)-[:MENTIONS]->(n);
UNWIND $cites AS c
  MATCH (d:Document {key: $key}), (x:Document {key: c.docNo}) WHERE x <> d
  MERGE (d)-[:CITES]->(x);
UNWIND $cites AS c
  MATCH (d:Document {key: $key}) WHERE NOT EXISTS { MATCH (:Document {key: c.docNo}) }
  MERGE (x:ExternalDocument {key: c.docNo}) ON CREATE SET x.docNo = c.docNo, x.title = c.title
  MERGE (d)-[:CITES]->(x)
