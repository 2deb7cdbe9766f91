// A row that no task of a plan matches becomes its own task, flagged notInPlan, part of the report; its lead unit,
// when the place has a department of that name, leads it.
UNWIND $own AS o
  MATCH (p:Progress {id: o.progress})-[:PART_OF]->(d:Document)
  WHERE NOT EXISTS { MATCH (p)-[:REPORTS_ON]->() }
  CREATE (t:Task {id: p.id + '/task'})-[:PART_OF]->(d)
  SET t.notInPlan = true, t.text = p.name, t.units = p.units, t.docKey = d.key, t.docNo = d.docNo, t.sectionPath = '',
      t.sectionHeading = '', t.sourceFile = p.sourceFile, t.line = p.line
  CREATE (p)-[:REPORTS_ON {score: o.score}]->(t)
  WITH p, t, d
  OPTIONAL MATCH (u:Department {name: p.lead}) WHERE u.jurisdiction = d.jurisdiction
  WITH p, t, d, head(collect(u)) AS lead
  FOREACH (x IN CASE WHEN lead IS NULL THEN [] ELSE [lead] END |
    MERGE (x)-[e:LEADS]->(t) SET e.basis = 'explicit', e.order = 0, e.asWritten = p.lead, e.docKey = d.key, e.quote = p.text)
