// Links rows to the tasks they report on; a row that stood for work in no plan leaves that task, and a notInPlan
// task no row reports on any more goes.
UNWIND $links AS l
  MATCH (p:Progress {id: l.progress})
  MATCH (t:Task {id: l.task})
  OPTIONAL MATCH (p)-[old:REPORTS_ON]->(:Task {notInPlan: true})
  DELETE old
  MERGE (p)-[r:REPORTS_ON]->(t) SET r.score = l.score;
MATCH (t:Task {notInPlan: true}) WHERE NOT EXISTS { MATCH ()-[:REPORTS_ON]->(t) } DETACH DELETE t
