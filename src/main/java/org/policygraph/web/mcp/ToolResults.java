package org.policygraph.web.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policygraph.ask.Answer;
import org.policygraph.graph.read.ChainTask;
import org.policygraph.graph.read.DeadlineEntry;
import org.policygraph.graph.read.DepartmentChain;
import org.policygraph.graph.read.DocumentOutline;
import org.policygraph.graph.read.TaskClause;

/** The structured content of each tool, as its output schema (mcp/NAME.output.json) describes it. */
final class ToolResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolResults() {
    }

    static Map<String, Object> answer(String question, Answer answer) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("question", question);
        result.put("answer", answer.answer() == null ? "" : answer.answer());
        result.put("conversationId", answer.conversationId());
        result.put("citations", answer.citations().stream().map(c -> citation(c.docNo(), c.title(), c.section(),
                c.quote(), c.sourceFile(), c.line())).toList());
        return result;
    }

    static Map<String, Object> clause(TaskClause task) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", task.id());
        result.put("text", task.text());
        result.put("jurisdiction", task.jurisdiction());
        result.put("leads", task.leads());
        result.put("supports", task.supports());
        result.put("deadlines", task.deadlines());
        result.put("targets", task.targets());
        String section = task.sectionHeading() != null ? task.sectionHeading() : task.sectionPath();
        result.put("citation", citation(task.docNo(), task.docTitle(), section, task.text(), task.sourceFile(),
                task.line()));
        return result;
    }

    static Map<String, Object> clauses(List<TaskClause> tasks) {
        return Map.of("count", tasks.size(), "tasks", tasks.stream().map(ToolResults::clause).toList());
    }

    static Map<String, Object> chain(DepartmentChain chain) {
        Map<String, Object> department = new LinkedHashMap<>();
        department.put("name", chain.department().name());
        department.put("fullName", chain.department().fullName());
        department.put("nameEn", chain.department().nameEn());
        department.put("leads", chain.department().leads());
        department.put("supports", chain.department().supports());
        return Map.of("department", department, "tasks", chain.tasks().stream().map(ToolResults::chainTask).toList());
    }

    static Map<String, Object> deadlines(List<DeadlineEntry> entries) {
        return Map.of("count", entries.size(), "deadlines", entries.stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", e.date());
            row.put("precision", e.precision());
            row.put("taskId", e.taskId());
            row.put("text", e.text());
            row.put("leads", e.leads());
            row.put("supports", e.supports());
            row.put("citation", citation(e.docNo(), e.docTitle(), e.section(), e.text(), null, e.line()));
            return row;
        }).toList());
    }

    static Map<String, Object> outline(DocumentOutline outline) {
        return JSON.convertValue(outline, new TypeReference<Map<String, Object>>() { });
    }

    private static Map<String, Object> chainTask(ChainTask task) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("taskId", task.taskId());
        row.put("role", task.role());
        row.put("basis", task.basis());
        row.put("text", task.text());
        row.put("deadline", task.deadline());
        row.put("targets", task.targets());
        row.put("leads", task.leads());
        row.put("supports", task.supports());
        row.put("citation", citation(task.docNo(), task.docTitle(), task.section(), task.text(), task.sourceFile(),
                task.line()));
        return row;
    }

    private static Map<String, Object> citation(String docNo, String title, String section, String quote,
                                                String sourceFile, int line) {
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("docNo", docNo);
        citation.put("title", title);
        citation.put("section", section);
        citation.put("quote", quote);
        citation.put("sourceFile", sourceFile);
        citation.put("line", line);
        return citation;
    }
}
