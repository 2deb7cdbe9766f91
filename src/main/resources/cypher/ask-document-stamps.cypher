// What each document's tasks are at this graph version, read cheaply: its file's fingerprint (content and
// extractor), how many tasks it has and how many of them have their vector. After a graph change the asker reads
// again only the tasks of the documents whose stamp changed (an upload, a re-import, the vectors arriving).
MATCH (d:Document)
RETURN d.key AS key,
       coalesce(d.sourceFingerprint, '') + '/' + toString(COUNT { MATCH (t:Task {docKey: d.key}) }) + '/'
         + toString(COUNT { MATCH (t:Task {docKey: d.key}) WHERE t.embedding IS NOT NULL }) AS stamp
