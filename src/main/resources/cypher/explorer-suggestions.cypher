// Subjects to suggest questions about, $perKind of each: projects with an explicit lead, the busiest leads,
// metrics with a stated target.
CALL () {
  MATCH (p:Project)<-[:MENTIONS]-(t:Task)<-[:LEADS {basis: 'explicit'}]-(d:Department)
  WITH p, d, count(t) AS n ORDER BY n DESC
  WITH p, collect(d.name)[0] AS lead, sum(n) AS n
  RETURN 'project' AS kind, p.name AS subject, lead AS detail, n AS weight
  ORDER BY weight DESC, size(subject), subject LIMIT $perKind
  UNION ALL
  MATCH (d:Department)-[:LEADS]->(t:Task)
  WITH d, count(t) AS n
  RETURN 'department' AS kind, d.name AS subject, null AS detail, n AS weight
  ORDER BY weight DESC, subject LIMIT $perKind
  UNION ALL
  MATCH (t:Task)-[:SETS]->(g:Target) WHERE g.year IS NOT NULL AND g.metric IS NOT NULL
  WITH g.metric AS metric, max(g.year) AS year, count(*) AS n
  RETURN 'target' AS kind, metric AS subject, toString(year) AS detail, n AS weight
  ORDER BY weight DESC, size(subject), subject LIMIT $perKind
}
RETURN kind, subject, detail, weight
