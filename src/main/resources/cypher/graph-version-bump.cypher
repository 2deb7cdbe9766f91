// Every change of the graph gives it a new version token, so that every process answering from it (this one,
// another server on the same store) re-reads what it holds and forgets its cached answers.
MERGE (v:GraphVersion {key: 'graph'})
SET v.token = randomUUID(), v.changedAt = datetime()
