// A goal and the result reported for it later: the same metric, unit, place and year. A result counts only when
// its document came out after that year (a figure of the running year is no result yet), and a goal only when its
// year is written in its sentence or its document's title (a multi-year plan's undated goal may mean any year of it).
MATCH ()-[r:RESULT]->() DELETE r;
MATCH (a:Target {kind: 'actual'}) WHERE size(a.metricKey) >= 2 AND a.year IS NOT NULL
MATCH (ad:Document {key: a.docKey}) WHERE ad.jurisdiction IS NOT NULL AND toInteger(left(ad.issuedOn, 4)) > a.year
MATCH (g:Target {kind: 'goal', metricKey: a.metricKey, unit: a.unit, year: a.year})
MATCH (gd:Document {key: g.docKey, jurisdiction: ad.jurisdiction})
WHERE (gd.issuedOn IS NULL OR gd.issuedOn <= ad.issuedOn)
  AND (replace(g.text, ' ', '') CONTAINS toString(g.year) + '年' OR gd.title CONTAINS toString(g.year) + '年')
WITH g, a, CASE
    WHEN g.comparator = '≤' THEN CASE WHEN a.value <= g.value THEN 'met' ELSE 'missed' END
    WHEN a.value > g.value THEN 'exceeded'
    WHEN a.value = g.value THEN 'met'
    ELSE 'missed' END AS verdict
MERGE (g)-[r:RESULT]->(a) SET r.verdict = verdict, r.met = verdict <> 'missed';
// A goal no result shares the metric key with: the result a later document of the place reports for the same year in
// the same unit whose metric shares most characters with the goal's, at least two and half of the shorter one
// (「机场旅客吞吐量」 2300万人次 -> 「客运量」 2430万人次, 「实际吸收外资」 -> 「实际利用外商直接投资」, both 亿美元), marked byUnit.
MATCH (g:Target {kind: 'goal'}) WHERE g.year IS NOT NULL AND size(g.metricKey) >= 2 AND NOT (g)-[:RESULT]->()
MATCH (gd:Document {key: g.docKey}) WHERE gd.jurisdiction IS NOT NULL
  AND (replace(g.text, ' ', '') CONTAINS toString(g.year) + '年' OR gd.title CONTAINS toString(g.year) + '年')
MATCH (a:Target {kind: 'actual', unit: g.unit, year: g.year}) WHERE size(a.metricKey) >= 2
MATCH (ad:Document {key: a.docKey, jurisdiction: gd.jurisdiction})
WHERE toInteger(left(ad.issuedOn, 4)) > a.year AND (gd.issuedOn IS NULL OR gd.issuedOn <= ad.issuedOn)
WITH g, a, size([c IN split(g.metricKey, '') WHERE a.metricKey CONTAINS c]) AS shared,
     CASE WHEN size(a.metricKey) < size(g.metricKey) THEN size(a.metricKey) ELSE size(g.metricKey) END AS shorter
WHERE shared >= 2 AND shared * 2 >= shorter
WITH g, a, shared ORDER BY shared DESC, a.id
WITH g, collect(a)[0] AS a
WITH g, a, CASE
    WHEN g.comparator = '≤' THEN CASE WHEN a.value <= g.value THEN 'met' ELSE 'missed' END
    WHEN a.value > g.value THEN 'exceeded'
    WHEN a.value = g.value THEN 'met'
    ELSE 'missed' END AS verdict
MERGE (g)-[r:RESULT]->(a) SET r.verdict = verdict, r.met = verdict <> 'missed', r.byUnit = true
