// Every department with its names and how many tasks it leads and supports.
MATCH (d:Department)
RETURN d.name AS name, d.fullName AS fullName, d.nameEn AS nameEn, coalesce(d.aliases, []) AS aliases,
       d.level AS level, coalesce(d.inDictionary, false) AS inDictionary, COUNT { (d)-[:LEADS]->() } AS leads, COUNT { (d)-[:SUPPORTS]->() } AS supports
