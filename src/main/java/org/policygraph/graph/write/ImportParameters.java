package org.policygraph.graph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.extract.Department;
import org.policygraph.extract.ExtractedDocument;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.parse.Section;

/**
 * Turns a batch of extracted documents into the parameter map of import-documents.cypher: one list per kind of
 * row, and on each task row what is written with the task (its targets, units, deadline and projects).
 */
final class ImportParameters {
    private static final List<String> LISTS = List.of("docs", "sections", "departments", "tasks", "cites");
    private static final List<String> TASK_PARTS = List.of("targets", "leads", "supports", "deadlines", "projects");

    private ImportParameters() {
    }

    /** The parameters of import-documents.cypher: the rows of every document of the batch, list by list. */
    static Map<String, Object> of(ImportBatch batch) {
        Map<String, List<Map<String, Object>>> params = new LinkedHashMap<>();
        for (String list : LISTS) {
            params.put(list, new ArrayList<>());
        }
        for (ExtractedDocument document : batch.documents()) {
            add(params, document, batch.fingerprints().get(document.document().key()));
        }
        return new HashMap<>(params);
    }

    /** How many rows of each kind the parameters hold, departments (repeated per document) counted once each. */
    static Map<String, Integer> rowCounts(Map<String, Object> params) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String list : List.of("docs", "sections", "tasks")) {
            counts.put(list, rows(params.get(list)).size());
        }
        for (String part : TASK_PARTS) {
            counts.put(part, rows(params.get("tasks")).stream().mapToInt(t -> ((List<?>) t.get(part)).size()).sum());
        }
        counts.put("departments", (int) rows(params.get("departments")).stream().map(d -> d.get("key")).distinct().count());
        counts.put("cites", rows(params.get("cites")).size());
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object list) {
        return (List<Map<String, Object>>) list;
    }

    private static void add(Map<String, List<Map<String, Object>>> params, ExtractedDocument extracted,
                            String fingerprint) {
        ParsedDocument doc = extracted.document();
        String key = doc.key();
        Map<String, String> headings = new HashMap<>();
        params.get("docs").add(Map.of("key", key, "props", documentProps(doc, fingerprint)));
        collectSections(key, key, "", doc.sections(), params.get("sections"), headings);
        extracted.departments().forEach(d -> params.get("departments").add(department(d)));
        extracted.tasks().forEach(t -> params.get("tasks").add(TaskRows.of(doc, t, headings)));
        extracted.citations().stream().filter(c -> c.docNo() != null).forEach(c -> {
            Map<String, Object> m = new HashMap<>();
            m.put("docKey", key);
            m.put("docNo", c.docNo());
            m.put("title", c.title());
            params.get("cites").add(m);
        });
    }

    private static Map<String, Object> documentProps(ParsedDocument doc, String fingerprint) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("docNo", doc.docNo());
        props.put("title", doc.title());
        props.put("issuer", doc.issuer());
        props.put("issuedOn", doc.issuedOn() == null ? null : doc.issuedOn().toString());
        props.put("sourceFile", doc.sourceFile());
        props.put("jurisdiction", doc.jurisdiction().name());
        props.put("jurisdictionLevel", doc.jurisdiction().level());
        props.put("firstLine", doc.firstLine());
        props.put("lastLine", doc.lastLine());
        props.put("attachments", doc.attachments().isEmpty() ? null : doc.attachments());
        props.put("sha256", doc.sha256());
        props.put("fingerprint", fingerprint);
        return props;
    }

    private static void collectSections(String docKey, String parentId, String parentHeading, List<Section> children,
                                        List<Map<String, Object>> out, Map<String, String> headings) {
        for (Section s : children) {
            String id = docKey + "/" + s.path();
            String heading = parentHeading.isEmpty() ? s.heading() : parentHeading + " > " + s.heading();
            headings.put(s.path(), heading);
            Map<String, Object> props = new HashMap<>();
            props.put("docKey", docKey);
            props.put("path", s.path());
            props.put("number", s.number());
            props.put("heading", s.heading());
            props.put("level", s.level());
            props.put("line", s.line());
            out.add(Map.of("id", id, "parentId", parentId, "props", props));
            collectSections(docKey, id, heading, s.children(), out, headings);
        }
    }

    private static Map<String, Object> department(Department d) {
        Map<String, Object> props = new HashMap<>();
        props.put("fullName", d.fullName());
        props.put("nameEn", d.nameEn());
        props.put("level", d.level());
        props.put("kind", d.kind());
        props.put("aliases", d.aliases());
        props.put("aliasesText", String.join(" ", d.aliases()));
        props.put("inDictionary", d.inDictionary());
        props.put("name", d.name());
        props.put("jurisdiction", d.jurisdiction());
        return Map.of("key", d.key(), "name", d.name(), "props", props);
    }
}
