MATCH (d:Document)
RETURN d.key AS key, d.docNo AS docNo, d.title AS title, d.issuer AS issuer, d.issuedOn AS issuedOn,
       d.jurisdiction AS jurisdiction, d.jurisdictionLevel AS jurisdictionLevel,
       d.sourceFile AS sourceFile, d.firstLine AS firstLine, d.lastLine AS lastLine,
       COUNT { MATCH (:Section {docKey: d.key}) } AS sections,
       COUNT { MATCH (:Task {docKey: d.key}) } AS tasks,
       COUNT { MATCH (:Target {docKey: d.key}) } AS targets,
       COUNT { MATCH (:Department)-[:LEADS {basis: 'explicit'}]->(:Task {docKey: d.key}) } AS leadsExplicit,
       COUNT { MATCH (:Department)-[:LEADS {basis: 'first-listed'}]->(:Task {docKey: d.key}) } AS leadsFirstListed,
       COUNT { MATCH (:Department)-[:SUPPORTS]->(:Task {docKey: d.key}) } AS supports,
       COUNT { MATCH (:Task {docKey: d.key})-[:DUE_BY]->(:Deadline) } AS deadlines,
       COUNT { MATCH (:Task {docKey: d.key})-[:MENTIONS]->(:Project) } AS projects,
       COUNT { MATCH (d)-[:CITES]->() } AS citations,
       COUNT { MATCH (dep:Department)-[:LEADS|SUPPORTS]->(:Task {docKey: d.key}) RETURN DISTINCT dep } AS departments
ORDER BY d.sourceFile, d.firstLine
