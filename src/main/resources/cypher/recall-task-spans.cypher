// Every task with its source file and first line, in reading order per file: the evidence-recall tool turns
// these into line spans.
MATCH (t:Task)
RETURN t.id AS id, t.sourceFile AS sourceFile, t.line AS line
ORDER BY sourceFile, line
