// The same target stated in several documents (same metric and year, figures compared), for the targets of the
// documents $keys just written: their old targets went with their old content (import-clear-documents), and the
// links among the other documents stay right. An upload over a 40x store links its own few targets, not the
// millions of pairs the store holds (a metric stated in forty copies of a plan links every pair of them).
UNWIND $keys AS key
MATCH (a:Target {docKey: key}) WHERE a.metricKey IS NOT NULL
MATCH (b:Target {metricKey: a.metricKey}) WHERE b.docKey <> a.docKey AND coalesce(a.year, 0) = coalesce(b.year, 0)
  AND (NOT b.docKey IN $keys OR a.docKey < b.docKey)
WITH CASE WHEN a.docKey < b.docKey THEN a ELSE b END AS x, CASE WHEN a.docKey < b.docKey THEN b ELSE a END AS y
CREATE (x)-[r:SAME_TARGET]->(y) SET r.agree = (x.value = y.value AND x.unit = y.unit)
