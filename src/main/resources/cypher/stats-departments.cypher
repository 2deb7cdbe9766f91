MATCH (d:Department)
RETURN d.key AS key, d.name AS name, d.jurisdiction AS jurisdiction, d.fullName AS fullName, d.nameEn AS nameEn, d.level AS level, d.kind AS kind,
       d.aliases AS aliases, d.inDictionary AS inDictionary,
       COUNT { (d)-[:LEADS]->() } AS leads, COUNT { (d)-[:SUPPORTS]->() } AS supports
ORDER BY leads + supports DESC, name
