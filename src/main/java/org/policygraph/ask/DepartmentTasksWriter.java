package org.policygraph.ask;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.graph.DepartmentRole;
import org.policygraph.graph.PolicyReader;
import org.policygraph.graph.TaskFacts;

/** Everything a department leads or supports (or is named in), narrowed to the documents and topic asked about. */
final class DepartmentTasksWriter {
    private static final int MAX = 15;
    private final Labels labels;
    private final PolicyReader reader;
    private final TaskIndex index;
    private final DepartmentNames names;
    private final DocumentHints hints;

    DepartmentTasksWriter(Labels labels, PolicyReader reader, TaskIndex index, DepartmentNames names, DocumentHints hints) {
        this.labels = labels;
        this.reader = reader;
        this.index = index;
        this.names = names;
        this.hints = hints;
    }

    /** The tasks listed, best first; empty when nothing ties the department to the topic. */
    List<TaskFacts> write(Question question, String department, Draft draft) {
        Map<String, String> roleById = roles(department);
        Set<String> docs = DocumentScope.of(question);
        // the place of the documents asked about says where to look, not what about; and when only their title is
        // left (「广州民生幸福工程里…牵头的都有哪些事」), every task there is asked for
        List<TermGroup> unplaced = question.terms().stream().filter(t -> docs.isEmpty() || !hints.namesPlace(docs, t)).toList();
        boolean onlyTitle = !docs.isEmpty() && unplaced.stream().allMatch(t -> hints.inTitle(docs, t));
        List<TermGroup> topic = onlyTitle ? List.of() : unplaced;
        List<TaskIndex.Entry> candidates = index.entries().stream()
                .filter(e -> roleById.containsKey(e.id()))
                .filter(e -> docs.isEmpty() || docs.contains(e.docKey()))
                .filter(e -> topic.isEmpty() || TaskIndex.coverage(topic, e.folded()) > 0)
                .sorted(Comparator.comparingDouble((TaskIndex.Entry e) -> -score(question, e, roleById.get(e.id()))))
                .toList();
        List<TaskIndex.Entry> led = candidates.stream().filter(e -> roleById.get(e.id()).startsWith("role.explicit")
                || roleById.get(e.id()).startsWith("role.first")).toList();
        boolean leadsOnly = question.asks(Kind.LEAD) && !question.asks(Kind.SUPPORT) && !led.isEmpty();
        List<TaskIndex.Entry> chosen = leadsOnly ? led : candidates;
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<TaskFacts> facts = reader.facts(chosen.stream().limit(MAX).map(TaskIndex.Entry::id).toList());
        Wording w = labels.wording();
        String scope = docs.size() == 1 ? labels.document(facts.get(0)) : null;
        draft.line(w.say(scope == null ? "dept.headerAll" : "dept.header", labels.department(department), scope,
                chosen.size(), facts.size()));
        int n = 1;
        for (TaskFacts task : facts) {
            String text = Sentences.shorten(task.text(), 90);
            draft.line(w.say("dept.item", n++, w.say(roleById.get(task.id())), labels.taskName(task, 30) + "：" + text,
                    task.docNo() == null ? labels.section(task) : task.docNo()));
            draft.cite(task, Sentences.shorten(task.text(), 200));
        }
        draft.query("ask-department-tasks");
        return facts;
    }

    private static double score(Question question, TaskIndex.Entry entry, String role) {
        return TaskIndex.coverage(question.terms(), entry.folded())
                + question.documentBoosts().getOrDefault(entry.docKey(), 0.0)
                + (role.equals("role.mentioned") ? 0 : 0.05);
    }

    private Map<String, String> roles(String department) {
        Map<String, String> roleById = new HashMap<>();
        for (DepartmentRole role : reader.departmentTasks(department)) {
            String key = !role.leads() ? "role.support" : "explicit".equals(role.basis()) ? "role.explicit" : "role.firstListed";
            roleById.merge(role.taskId(), key, (a, b) -> a.equals("role.support") ? b : a);
        }
        List<String> surfaces = names.surfacesOf(department).stream().filter(s -> s.length() >= 3).toList();
        for (TaskIndex.Entry entry : index.entries()) {
            if (!roleById.containsKey(entry.id()) && surfaces.stream().anyMatch(entry.folded()::contains)) {
                roleById.put(entry.id(), "role.mentioned");
            }
        }
        return roleById;
    }

}
