// The same target stated in several documents: same metric and year, figures compared.
MATCH ()-[r:SAME_TARGET]->() DELETE r;
MATCH (a:Target) WHERE a.metricKey IS NOT NULL
MATCH (b:Target {metricKey: a.metricKey}) WHERE a.docKey < b.docKey AND coalesce(a.year, 0) = coalesce(b.year, 0)
MERGE (a)-[r:SAME_TARGET]->(b) SET r.agree = (a.value = b.value AND a.unit = b.unit)
