// The tasks a department leads or supports, with its role.
MATCH (d:Department {name: $name})-[r:LEADS|SUPPORTS]->(t:Task)
RETURN t.id AS id, type(r) AS role, r.basis AS basis
