// Departments that lead or support at least one task, busiest first.
MATCH (d:Department)
WITH d, COUNT { (d)-[:LEADS]->(:Task) } AS leads, COUNT { (d)-[:SUPPORTS]->(:Task) } AS supports
WHERE leads + supports > 0
RETURN d.name AS name, d.fullName AS fullName, d.nameEn AS nameEn, coalesce(d.aliases, []) AS aliases,
       d.level AS level, leads, supports,
       coalesce(d.inDictionary, false) AS inDictionary
ORDER BY inDictionary DESC, leads DESC, supports DESC, name
