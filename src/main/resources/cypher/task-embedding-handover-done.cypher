// Every task has its vector: vectors left from replaced tasks are no longer needed.
MATCH (v:TaskVector) DELETE v
