package org.policygraph.ask.retrieve;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.ask.question.DepartmentNames;
import org.policygraph.ask.question.DocumentHints;
import org.policygraph.ask.question.DocumentScope;
import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.TermGroup;
import org.policygraph.ask.question.Texts;
import org.policygraph.graph.read.DepartmentRole;

/**
 * Finds everything a department leads or supports (or is named in), narrowed to the documents and topic asked
 * about; only what it leads when the question asks what it leads.
 */
public final class DepartmentTasks {
    /**
     * Task ids best first, the role of each (a wording key), the documents the question points at, and the name of
     * the department as the first task's document writes it (Lishui's 市发改委, not Zhengzhou's 市发展改革委).
     */
    public record Found(List<String> chosen, Map<String, String> roleById, Set<String> documents, String department) {
    }

    /** Words naming the kind of item asked (项目, 工作, 指标): graph-import/item-kind-words.txt. */
    private static final Set<String> ITEM_KINDS = Set.copyOf(Texts.lines("graph-import/item-kind-words.txt"));
    private final TaskFactsById facts;
    private final TaskIndex index;
    private final DepartmentNames names;
    private final DocumentHints hints;

    DepartmentTasks(TaskFactsById facts, TaskIndex index, DepartmentNames names, DocumentHints hints) {
        this.facts = facts;
        this.index = index;
        this.names = names;
        this.hints = hints;
    }

    public Found find(Question question, String department) {
        Map<String, String> nameById = new HashMap<>();
        Map<String, String> roleById = roles(names.sameNamed(department, !question.scope().isEmpty()), nameById);
        Set<String> docs = DocumentScope.of(question);
        // when only the title of the documents asked about is left (「广州民生幸福工程里…牵头的都有哪些事」), every
        // task there is asked for
        boolean onlyTitle = !docs.isEmpty() && question.terms().stream().allMatch(t -> hints.inTitle(docs, t));
        List<TermGroup> topic = onlyTitle ? List.of()
                : question.terms().stream().filter(t -> t.forms().stream().noneMatch(ITEM_KINDS::contains)).toList();
        List<TaskIndex.Entry> candidates = candidates(question, roleById, docs, topic);
        if (candidates.isEmpty() && !topic.isEmpty()) {
            // the topic words named the kind of item (「牵头哪些指标」), not what the items are about
            candidates = candidates(question, roleById, docs, List.of());
        }
        List<TaskIndex.Entry> led = candidates.stream().filter(e -> roleById.get(e.id()).startsWith("role.explicit")
                || roleById.get(e.id()).startsWith("role.first")).toList();
        boolean leadsOnly = question.asks(Kind.LEAD) && !question.asks(Kind.SUPPORT) && !led.isEmpty();
        List<TaskIndex.Entry> chosen = leadsOnly ? led : candidates;
        String named = chosen.isEmpty() ? department : nameById.getOrDefault(chosen.get(0).id(), department);
        return new Found(chosen.stream().map(TaskIndex.Entry::id).toList(), roleById, docs, named);
    }

    private List<TaskIndex.Entry> candidates(Question question, Map<String, String> roleById, Set<String> docs,
                                             List<TermGroup> topic) {
        // the department's tasks in reading order, from its roles: no walk over every task
        return roleById.keySet().stream().map(index.byId()::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingInt(TaskIndex.Entry::position))
                .filter(e -> question.inScope(e.docKey()))
                .filter(e -> docs.isEmpty() || docs.contains(e.docKey()))
                .filter(e -> topic.isEmpty() || TaskIndex.coverage(topic, e.folded()) > 0)
                .sorted(Comparator.comparingDouble((TaskIndex.Entry e) -> -score(question, e, roleById.get(e.id()))))
                .toList();
    }

    private static double score(Question question, TaskIndex.Entry entry, String role) {
        return TaskIndex.coverage(question.terms(), entry.folded())
                + question.documentBoosts().getOrDefault(entry.docKey(), 0.0)
                + (role.equals("role.mentioned") ? 0 : 0.05);
    }

    private Map<String, String> roles(List<String> departments, Map<String, String> nameById) {
        Map<String, String> roleById = new HashMap<>();
        for (DepartmentRole role : facts.roles(departments)) {
            nameById.putIfAbsent(role.taskId(), role.department());
            String key = !role.leads() ? "role.support" : "explicit".equals(role.basis()) ? "role.explicit" : "role.firstListed";
            roleById.merge(role.taskId(), key, (a, b) -> a.equals("role.support") ? b : a);
        }
        List<String> surfaces = departments.stream().flatMap(d -> names.surfacesOf(d).stream())
                .filter(s -> s.length() >= 3).distinct().toList();
        surfaces.stream().flatMap(s -> index.containing(s).stream())
                .forEach(entry -> roleById.putIfAbsent(entry.id(), "role.mentioned"));
        return roleById;
    }
}
