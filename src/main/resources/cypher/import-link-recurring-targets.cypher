// The same target stated in several documents: same metric and year, figures compared.
// CREATE, not MERGE: every link was deleted just before and each pair is one row, so there is nothing to find, and
// MERGE's look for an existing link walks the links already made (at 40 copies a metric has thousands: a start's
// re-link over a 40x store did not finish in ten minutes).
MATCH ()-[r:SAME_TARGET]->() DELETE r;
MATCH (a:Target) WHERE a.metricKey IS NOT NULL
MATCH (b:Target {metricKey: a.metricKey}) WHERE a.docKey < b.docKey AND coalesce(a.year, 0) = coalesce(b.year, 0)
CREATE (a)-[r:SAME_TARGET]->(b) SET r.agree = (a.value = b.value AND a.unit = b.unit)
