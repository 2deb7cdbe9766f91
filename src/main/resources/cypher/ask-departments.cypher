// Every department with its names and how many tasks it leads and supports. A body only named by a frame
// (NAMED_IN: 「报市政府批准」, 「上报市委」) is left out: a question naming 市政府 as the issuer asks about no unit.
MATCH (d:Department)
WHERE (d)-[:LEADS|SUPPORTS|IMPLEMENTS]->() OR NOT (d)-[:NAMED_IN]->()
RETURN d.name AS name, d.fullName AS fullName, d.nameEn AS nameEn, coalesce(d.aliases, []) AS aliases,
       d.level AS level, coalesce(d.inDictionary, false) AS inDictionary, COUNT { (d)-[:LEADS]->() } AS leads, COUNT { (d)-[:SUPPORTS]->() } AS supports
