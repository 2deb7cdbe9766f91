// Targets of the given tasks stated again in other documents, and whether the figures agree.
UNWIND $ids AS id
MATCH (t:Task {id: id})-[:SETS]->(g:Target)-[s:SAME_TARGET]-(o:Target)<-[:SETS]-(ot:Task)
RETURN DISTINCT g.id AS targetId, ot.id AS otherTaskId, o.text AS otherText, s.agree AS agree
