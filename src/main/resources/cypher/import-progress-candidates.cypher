// The tasks of the plans of one place (not of progress reports, not work in no plan), with their units as written
// and as named.
MATCH (d:Document)
WHERE (d.jurisdiction = $jurisdiction OR ($jurisdiction IS NULL AND d.jurisdiction IS NULL))
  AND coalesce(d.kind, '') <> 'progress-report'
MATCH (t:Task {docKey: d.key}) WHERE t.notInPlan IS NULL
OPTIONAL MATCH (l:Department)-[lr:LEADS]->(t)
WITH d, t, collect(lr.asWritten) + collect(l.name) AS leads
OPTIONAL MATCH (s:Department)-[sr:SUPPORTS]->(t)
RETURN t.id AS id, d.key AS docKey, d.title AS docTitle, t.text AS text, leads,
       collect(sr.asWritten) + collect(s.name) AS supports
