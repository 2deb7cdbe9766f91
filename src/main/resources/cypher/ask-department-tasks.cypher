// The tasks the departments of these names lead or support, with the role.
MATCH (d:Department)-[r:LEADS|SUPPORTS]->(t:Task)
WHERE d.name IN $names
RETURN t.id AS id, type(r) AS role, r.basis AS basis, d.name AS name
