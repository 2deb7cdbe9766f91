// The searchable text of every task, loaded once to weigh question terms and score coverage.
MATCH (t:Task)
RETURN t.id AS id, t.docKey AS docKey, t.text AS text, coalesce(t.sectionHeading, '') AS heading,
       EXISTS { (:Department)-[:LEADS|SUPPORTS]->(t) } AS assigned
