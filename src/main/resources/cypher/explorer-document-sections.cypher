// The outline of one document in reading order.
MATCH (s:Section {docKey: $docKey})
RETURN s.path AS path, s.number AS number, s.heading AS heading, s.level AS level, s.line AS line
ORDER BY s.line
