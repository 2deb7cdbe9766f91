// Marks the documents of each imported file with the file's fingerprint, so that an unchanged file is skipped
// without being parsed, and with how many of its pages OCR read (a scan or a photo; null: its text was the file's).
UNWIND $sources AS s MATCH (d:Document {sourceFile: s.file})
SET d.sourceFingerprint = s.fingerprint, d.ocrPages = s.ocrPages
