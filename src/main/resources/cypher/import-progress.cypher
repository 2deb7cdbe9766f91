// Writes the progress reports of a batch (issue 26): the report's Document is marked with its as-of date and the
// plans it names; each row becomes a Progress node PART_OF it. Links to tasks are made afterwards
// (import-progress-unlinked / -candidates / -link / -own), in the same transaction.
UNWIND $reports AS r
  MATCH (d:Document {key: r.docKey})
  SET d.kind = 'progress-report', d.reportTitle = r.reportTitle, d.asOf = r.asOf, d.asOfSource = r.asOfSource, d.planTitles = r.planTitles;
UNWIND $progress AS p
  MATCH (d:Document {key: p.docKey})
  CREATE (n:Progress {id: p.id})-[:PART_OF]->(d) SET n += p.props
