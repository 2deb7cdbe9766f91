// Subjects to suggest questions about, $perKind of each: projects with an explicit lead, the busiest leads of
// the department dictionary, metrics whose target recurs in several documents, the largest numbered documents.
CALL () {
  MATCH (p:Project)<-[:MENTIONS]-(t:Task)<-[:LEADS {basis: 'explicit'}]-(d:Department)
  WITH p, d, count(t) AS n ORDER BY n DESC
  WITH p, collect(d.name)[0] AS lead, sum(n) AS n
  RETURN 'project' AS kind, p.name AS subject, lead AS detail, n AS weight
  ORDER BY weight DESC, size(subject), subject LIMIT $perKind
  UNION ALL
  MATCH (d:Department)-[:LEADS]->(t:Task) WHERE d.inDictionary
  WITH d, count(t) AS n
  RETURN 'department' AS kind, d.name AS subject, null AS detail, n AS weight
  ORDER BY weight DESC, subject LIMIT $perKind
  UNION ALL
  MATCH (g:Target)-[:SAME_TARGET]-(:Target) WHERE g.year IS NOT NULL AND g.metric IS NOT NULL
  WITH g.metric AS metric, max(g.year) AS year, count(DISTINCT g) AS n
  RETURN 'target' AS kind, metric AS subject, toString(year) AS detail, n AS weight
  ORDER BY weight DESC, size(subject), subject LIMIT $perKind
  UNION ALL
  MATCH (d:Document) WHERE d.docNo IS NOT NULL AND NOT coalesce(d.stub, false)
  WITH d, COUNT { (t:Task) WHERE t.docKey = d.key } AS n
  RETURN 'document' AS kind, d.title AS subject, d.docNo AS detail, n AS weight
  ORDER BY weight DESC, subject LIMIT $perKind
}
RETURN kind, subject, detail, weight
