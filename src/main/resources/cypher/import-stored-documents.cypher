// What the graph holds of earlier imports: each document's source file and fingerprints.
MATCH (d:Document)
RETURN d.key AS key, d.sourceFile AS sourceFile, d.fingerprint AS fingerprint,
       d.sourceFingerprint AS sourceFingerprint
