// The tasks of one place that stand for work in no plan (made from rows of earlier reports), so that a later
// report's row on the same work reports on the same task.
MATCH (d:Document)<-[:PART_OF]-(t:Task {notInPlan: true})
WHERE d.jurisdiction = $jurisdiction OR ($jurisdiction IS NULL AND d.jurisdiction IS NULL)
RETURN t.id AS id, d.key AS docKey, d.title AS docTitle, t.text AS text, coalesce(t.units, [])[0..1] AS leads,
       coalesce(t.units, [])[1..] AS supports
