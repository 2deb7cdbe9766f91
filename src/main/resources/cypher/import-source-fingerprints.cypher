// Marks the documents of each imported file with the file's fingerprint, so that an unchanged file is skipped
// without being parsed.
UNWIND $sources AS s MATCH (d:Document {sourceFile: s.file}) SET d.sourceFingerprint = s.fingerprint
