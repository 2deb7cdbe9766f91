package org.policygraph.graph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.extract.Deadline;
import org.policygraph.extract.Leader;
import org.policygraph.extract.Responsibility;
import org.policygraph.extract.Role;
import org.policygraph.extract.Target;
import org.policygraph.extract.Task;
import org.policygraph.parse.ParsedDocument;

/** A task row of import-documents.cypher: the task and what is written with it (targets, units, deadline). */
final class TaskRows {
    private TaskRows() {
    }

    static Map<String, Object> of(ParsedDocument doc, Task t, Map<String, String> headings) {
        Map<String, Object> props = new HashMap<>();
        props.put("docKey", doc.key());
        props.put("docNo", doc.docNo());
        props.put("sectionPath", t.sectionPath());
        props.put("sectionHeading", headings.getOrDefault(t.sectionPath(), ""));
        props.put("text", t.text());
        props.put("sourceFile", doc.sourceFile());
        props.put("line", t.line());
        String parentId = t.sectionPath() == null || t.sectionPath().isEmpty()
                ? doc.key() : doc.key() + "/" + t.sectionPath();
        Map<String, Object> row = new HashMap<>();
        row.put("id", t.id());
        row.put("parentId", parentId);
        row.put("props", props);
        row.put("targets", targets(doc.key(), t));
        row.put("leads", roles(doc.key(), t, Role.LEADS));
        row.put("supports", roles(doc.key(), t, Role.SUPPORTS));
        row.put("implementers", roles(doc.key(), t, Role.IMPLEMENTS));
        row.put("named", roles(doc.key(), t, Role.NAMED));
        row.put("leaders", leaders(doc, t));
        row.put("deadlines", t.deadline() == null ? List.of() : List.of(deadline(t.deadline())));
        row.put("projects", t.projects());
        return row;
    }

    /** A dated limit is keyed by its date; a relative or ongoing one by its words (「30日内」, 「长期坚持」). */
    private static Map<String, Object> deadline(Deadline d) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", d.date() == null ? d.kind() + ":" + d.text() : d.date() + "/" + d.precision());
        m.put("date", d.date() == null ? null : d.date().toString());
        m.put("precision", d.precision());
        m.put("text", d.text());
        m.put("kind", d.kind());
        m.put("cell", d.cell());
        return m;
    }

    private static List<Map<String, Object>> targets(String docKey, Task t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Target g : t.targets()) {
            Map<String, Object> props = new HashMap<>();
            props.put("docKey", docKey);
            props.put("metric", g.metric());
            props.put("metricKey", g.metricKey());
            props.put("value", g.value());
            props.put("unit", g.unit());
            props.put("year", g.year());
            props.put("comparator", g.comparator());
            props.put("text", g.text());
            props.put("valueText", g.valueText());
            props.put("kind", g.kind());
            out.add(Map.of("id", g.id(), "props", props));
        }
        return out;
    }

    /** The people in charge, one Person per name in the document's place (the same leader across its tasks). */
    private static List<Map<String, Object>> leaders(ParsedDocument doc, Task t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Leader l : t.leaders()) {
            Map<String, Object> m = new HashMap<>();
            m.put("key", doc.jurisdiction().label() + "/" + l.name());
            m.put("name", l.name());
            m.put("title", l.title());
            m.put("quote", l.quote());
            m.put("docKey", doc.key());
            m.put("order", out.size());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> roles(String docKey, Task t, Role role) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Responsibility r : t.responsibilities()) {
            if (r.role() == role) {
                Map<String, Object> m = new HashMap<>();
                m.put("asWritten", r.asWritten());
                m.put("order", out.size());
                m.put("docKey", docKey);
                m.put("department", r.departmentKey());
                m.put("basis", r.basis());
                m.put("quote", r.quote());
                out.add(m);
            }
        }
        return out;
    }
}
