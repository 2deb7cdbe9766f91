// The graph's version token (see graph-version-bump); none before the first import.
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN v.token AS token
