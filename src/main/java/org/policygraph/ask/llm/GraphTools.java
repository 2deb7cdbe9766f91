package org.policygraph.ask.llm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.policygraph.ask.Citation;
import org.policygraph.graph.read.ChainTask;
import org.policygraph.graph.read.DepartmentChain;
import org.policygraph.graph.read.DocumentOutline;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.Explorer;
import org.policygraph.graph.read.OutlineSection;
import org.policygraph.graph.read.OutlineTask;
import org.policygraph.graph.read.SearchHit;

/**
 * The read-only tools a language model may call for one question. They only run the explorer's fixed,
 * parameterised read queries: the model never writes Cypher. Every task shown becomes a numbered source.
 */
public final class GraphTools {
    static final int MAX_ROWS = 12;

    private final Explorer explorer;
    private final ToolSources sources;
    private Map<String, DocumentSummary> documentsByNo;

    GraphTools(Explorer explorer, ToolSources sources) {
        this.explorer = explorer;
        this.sources = sources;
    }

    @Tool("Full-text search of the tasks in the policy documents; returns matching task sentences with sources")
    public String searchTasks(@P(name = "text", value = "words to look for, in Chinese, e.g. 中欧班列") String text) {
        List<SearchHit> hits = explorer.search(text, MAX_ROWS * 2).stream()
                .filter(hit -> "task".equals(hit.kind())).limit(MAX_ROWS).toList();
        return listed(hits, hit -> {
            DocumentSummary document = document(hit.docNo());
            Citation citation = new Citation(hit.docNo(), document == null ? null : document.title(), hit.detail(),
                    hit.label(), document == null ? null : document.sourceFile(), hit.line());
            return sources.add(citation, source(hit.docNo(), hit.detail()) + hit.label());
        });
    }

    @Tool("Every task a department leads or supports, with its co-units, deadline and targets")
    public String departmentTasks(@P(name = "department", value = "department name or alias, e.g. 市商务局 or 发改委")
                           String department) {
        Optional<DepartmentChain> chain = explorer.department(department);
        List<ChainTask> tasks = chain.map(found -> found.tasks().stream().limit(MAX_ROWS).toList())
                .orElse(List.of());
        return listed(tasks, task -> sources.add(new Citation(task.docNo(), task.docTitle(), task.section(),
                task.text(), task.sourceFile(), task.line()), source(task.docNo(), task.section()) + task.text()
                + " ｜角色：" + task.role() + assignment(task.leads(), task.supports(), task.deadline(),
                task.targets())));
    }

    @Tool("The outline of one document (by document number such as 郑政〔2017〕6号): its sections and tasks")
    public String documentOutline(@P(name = "docNo", value = "document number") String docNo) {
        Optional<DocumentOutline> outline = explorer.document(docNo);
        if (outline.isEmpty()) {
            return "无结果 (no result)";
        }
        DocumentSummary document = outline.get().document();
        List<OutlineTask> tasks = outline.get().sections().stream().map(OutlineSection::tasks)
                .flatMap(List::stream).limit(MAX_ROWS).toList();
        String header = document.docNo() + "《" + document.title() + "》\n";
        return header + listed(tasks, task -> sources.add(new Citation(document.docNo(), document.title(),
                task.sectionPath(), task.text(), document.sourceFile(), task.line()),
                source(document.docNo(), task.sectionPath()) + task.text()
                        + assignment(task.leads(), task.supports(), task.deadline(), task.targets())));
    }

    private static <T> String listed(List<T> rows, Function<T, String> line) {
        return rows.isEmpty() ? "无结果 (no result)" : rows.stream().map(line).collect(Collectors.joining("\n"));
    }

    private static String source(String docNo, String section) {
        return (docNo == null ? "" : docNo + " ") + (section == null ? "" : section) + "：";
    }

    private static String assignment(List<String> leads, List<String> supports, String deadline,
                                     List<String> targets) {
        StringBuilder text = new StringBuilder();
        if (!leads.isEmpty()) {
            text.append(" ｜牵头：").append(String.join("、", leads));
        }
        if (!supports.isEmpty()) {
            text.append(" ｜配合：").append(String.join("、", supports));
        }
        if (deadline != null) {
            text.append(" ｜完成时间：").append(deadline);
        }
        if (!targets.isEmpty()) {
            text.append(" ｜目标：").append(String.join("；", targets));
        }
        return text.toString();
    }

    private DocumentSummary document(String docNo) {
        if (documentsByNo == null) {
            documentsByNo = explorer.documents().stream().filter(d -> d.docNo() != null)
                    .collect(Collectors.toMap(DocumentSummary::docNo, d -> d, (a, b) -> a));
        }
        return docNo == null ? null : documentsByNo.get(docNo);
    }
}
