// The same target stated in several documents (same metric and year, figures compared), every link made afresh in
// transactions of their own, for the link after an import file by file: the
// links of a 40x store are millions (a metric stated in forty copies of a plan links every pair of them), more than
// one transaction may hold (it stopped at Neo4j's transaction memory limit). The graph's version changes after the
// last statement of the link, so other replicas re-read the graph once it is whole.
MATCH ()-[r:SAME_TARGET]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS;
MATCH (a:Target) WHERE a.metricKey IS NOT NULL
CALL { WITH a
  MATCH (b:Target {metricKey: a.metricKey}) WHERE a.docKey < b.docKey AND coalesce(a.year, 0) = coalesce(b.year, 0)
  CREATE (a)-[r:SAME_TARGET]->(b) SET r.agree = (a.value = b.value AND a.unit = b.unit)
} IN TRANSACTIONS OF 200 ROWS
