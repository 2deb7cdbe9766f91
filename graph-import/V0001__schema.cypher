// Constraints and indexes of the PolicyGraph store. Safe to run twice; also runs from cypher-shell.
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT external_document_key IF NOT EXISTS FOR (d:ExternalDocument) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (t:Task) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (t:Target) REQUIRE t.id IS UNIQUE;
// A department is keyed by its jurisdiction and name (郑州市/市财政局): two places may both have a 市财政局.
DROP CONSTRAINT department_name IF EXISTS;
CREATE CONSTRAINT department_key IF NOT EXISTS FOR (d:Department) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT deadline_key IF NOT EXISTS FOR (d:Deadline) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (p:Person) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT project_name IF NOT EXISTS FOR (p:Project) REQUIRE p.name IS UNIQUE;
CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE;
CREATE CONSTRAINT task_vector_key IF NOT EXISTS FOR (v:TaskVector) REQUIRE v.key IS UNIQUE;
CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.sourceFile);
CREATE INDEX document_docno IF NOT EXISTS FOR (d:Document) ON (d.docNo);
CREATE INDEX section_doc IF NOT EXISTS FOR (s:Section) ON (s.docKey);
CREATE INDEX task_doc IF NOT EXISTS FOR (t:Task) ON (t.docKey);
CREATE INDEX target_doc IF NOT EXISTS FOR (t:Target) ON (t.docKey);
CREATE INDEX target_metric IF NOT EXISTS FOR (t:Target) ON (t.metricKey);
// Read lookups (ReadQueryPlansIT): departments by name (questions, the explorer) and full name, cited documents
// by number, deadlines by date range.
CREATE INDEX department_name IF NOT EXISTS FOR (d:Department) ON (d.name);
CREATE INDEX department_full_name IF NOT EXISTS FOR (d:Department) ON (d.fullName);
CREATE INDEX external_document_docno IF NOT EXISTS FOR (d:ExternalDocument) ON (d.docNo);
CREATE INDEX deadline_date IF NOT EXISTS FOR (d:Deadline) ON (d.date);
CREATE FULLTEXT INDEX task_text IF NOT EXISTS FOR (t:Task) ON EACH [t.text, t.sectionHeading]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX document_title IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.docNo]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX department_names IF NOT EXISTS FOR (d:Department) ON EACH [d.name, d.fullName, d.nameEn, d.aliasesText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX section_heading IF NOT EXISTS FOR (s:Section) ON EACH [s.heading]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX project_names IF NOT EXISTS FOR (p:Project) ON EACH [p.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Progress rows of 督查督办 reports (issue 26), by id and by report.
CREATE CONSTRAINT progress_id IF NOT EXISTS FOR (p:Progress) REQUIRE p.id IS UNIQUE;
CREATE INDEX progress_doc IF NOT EXISTS FOR (p:Progress) ON (p.docKey);
