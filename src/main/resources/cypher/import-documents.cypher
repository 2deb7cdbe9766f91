// Writes a batch of extracted documents whose old content, if any, was just cleared. All statements run in
// the import's one transaction; every list holds the rows of all documents of the batch. Sections, tasks and
// targets are new here, so they are CREATEd.
// A document cited before it was imported is a stub until now: it becomes the document.
UNWIND $docs AS doc
  OPTIONAL MATCH (stub:ExternalDocument {key: doc.key})
  FOREACH (e IN CASE WHEN stub IS NULL THEN [] ELSE [stub] END | REMOVE e:ExternalDocument SET e:Document)
  MERGE (d:Document {key: doc.key}) SET d += doc.props;
// Sections come parents first.
UNWIND $sections AS s
  CREATE (n:Section {id: s.id}) SET n += s.props
  WITH n, s
  OPTIONAL MATCH (ps:Section {id: s.parentId})
  OPTIONAL MATCH (pd:Document {key: s.parentId})
  WITH n, coalesce(ps, pd) AS parent
  CREATE (n)-[:PART_OF]->(parent);
UNWIND $departments AS d MERGE (n:Department {key: d.key}) SET n += d.props;
// A task and what is written with it: its targets, lead, supporting and implementing units, the bodies it names in
// another capacity (NAMED_IN, its relation the frame's field: approver, recipient, founded...), the people in charge
// (Person, never a Department), deadline and projects.
UNWIND $tasks AS t
  OPTIONAL MATCH (ps:Section {id: t.parentId})
  OPTIONAL MATCH (pd:Document {key: t.parentId})
  WITH t, coalesce(ps, pd) AS parent
  CREATE (n:Task {id: t.id})-[:PART_OF]->(parent) SET n += t.props
  FOREACH (g IN t.targets | CREATE (n)-[:SETS]->(x:Target {id: g.id}) SET x += g.props)
  FOREACH (r IN t.leads |
    MERGE (d:Department {key: r.department})
    MERGE (d)-[x:LEADS]->(n)
    SET x.basis = r.basis, x.quote = r.quote, x.docKey = r.docKey, x.asWritten = r.asWritten, x.order = r.order)
  FOREACH (r IN t.supports |
    MERGE (d:Department {key: r.department})
    MERGE (d)-[x:SUPPORTS]->(n)
    SET x.quote = r.quote, x.docKey = r.docKey, x.asWritten = r.asWritten, x.order = r.order)
  FOREACH (r IN t.implementers |
    MERGE (d:Department {key: r.department})
    MERGE (d)-[x:IMPLEMENTS]->(n)
    SET x.quote = r.quote, x.docKey = r.docKey, x.asWritten = r.asWritten, x.order = r.order)
  FOREACH (r IN t.named |
    MERGE (d:Department {key: r.department})
    MERGE (d)-[x:NAMED_IN {relation: r.basis}]->(n)
    SET x.quote = r.quote, x.docKey = r.docKey, x.asWritten = r.asWritten, x.order = r.order)
  FOREACH (l IN t.leaders |
    MERGE (p:Person {key: l.key}) ON CREATE SET p.name = l.name
    SET p.title = coalesce(l.title, p.title)
    MERGE (p)-[x:OVERSEES]->(n)
    SET x.quote = l.quote, x.docKey = l.docKey, x.order = l.order)
  FOREACH (dl IN t.deadlines |
    MERGE (x:Deadline {key: dl.key}) ON CREATE SET x.date = dl.date, x.precision = dl.precision, x.text = dl.text
    CREATE (n)-[:DUE_BY {text: dl.text, kind: dl.kind, quote: dl.cell}]->(x))
  FOREACH (p IN t.projects | MERGE (x:Project {name: p}) MERGE (n)-[:MENTIONS]->(x));
UNWIND $cites AS c
  MATCH (d:Document {key: c.docKey})
  OPTIONAL MATCH (x:Document {key: c.docNo})
  WITH d, c, x WHERE x IS NULL OR x <> d
  CALL {
    WITH c, x WITH c, x WHERE x IS NULL
    MERGE (s:ExternalDocument {key: c.docNo}) ON CREATE SET s.docNo = c.docNo, s.title = c.title
    RETURN s AS cited
    UNION
    WITH x WITH x WHERE x IS NOT NULL
    RETURN x AS cited
  }
  MERGE (d)-[:CITES]->(cited)
