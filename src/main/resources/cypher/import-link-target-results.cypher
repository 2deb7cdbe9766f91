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
MERGE (g)-[r:RESULT]->(a) SET r.verdict = verdict, r.met = verdict <> 'missed'
