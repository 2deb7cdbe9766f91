// Progress rows not linked to a task of a plan: new rows, rows whose task went with a re-imported plan, and rows
// that stand for work in no plan (a notInPlan task), which a plan imported since may now hold. Earlier reports first.
MATCH (p:Progress)-[:PART_OF]->(r:Document)
WHERE NOT EXISTS { MATCH (p)-[:REPORTS_ON]->(t:Task) WHERE t.notInPlan IS NULL }
RETURN r.key AS report, r.jurisdiction AS jurisdiction, coalesce(r.planTitles, []) AS planTitles,
       p.id AS id, p.name AS name, coalesce(p.units, []) AS units, p.line AS line,
       EXISTS { MATCH (p)-[:REPORTS_ON]->(:Task {notInPlan: true}) } AS hasOwnTask
ORDER BY coalesce(r.asOf, ''), report, line
