package org.policygraph.ask.retrieve;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
     * the department as the first task's document writes it (Lishui's 市发改委, not Zhengzhou's 市发展改革委); the
     * body written under a chosen heading line, by the heading's id (the item is listed once, by its heading).
     */
    public record Found(List<String> chosen, Map<String, String> roleById, Set<String> documents, String department,
                        Map<String, String> bodyByHeading) {
    }

    /** Words naming the kind of item asked (项目, 工作, 指标): graph-import/item-kind-words.txt. */
    private static final Set<String> ITEM_KINDS = Set.copyOf(Texts.lines("graph-import/item-kind-words.txt"));
    private static final int HEADING_LENGTH = 40;
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。,;:!?]");
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
        List<String> departments = names.sameNamed(department, !question.scope().isEmpty());
        Map<String, String> roleById = roles(departments, nameById);
        List<String> headings = departments.stream().flatMap(d -> names.surfacesOf(d).stream())
                .filter(s -> s.length() >= 3).map(s -> Texts.fold(s) + ":").distinct().toList();
        Set<String> docs = DocumentScope.of(question);
        // when only the title of the documents asked about is left (「广州民生幸福工程里…牵头的都有哪些事」), every
        // task there is asked for
        List<TermGroup> topic = question.terms().stream()
                .filter(t -> t.forms().stream().noneMatch(ITEM_KINDS::contains)).toList();
        boolean onlyTitle = !docs.isEmpty() && topic.stream().allMatch(t -> hints.inTitle(docs, t));
        topic = onlyTitle ? List.of() : topic;
        List<TaskIndex.Entry> candidates = candidates(question, roleById, docs, topic, onlyTitle, headings);
        if (candidates.isEmpty() && !topic.isEmpty()) {
            // the topic words named the kind of item (「牵头哪些指标」), not what the items are about
            candidates = candidates(question, roleById, docs, List.of(), onlyTitle, headings);
        }
        List<TaskIndex.Entry> led = candidates.stream().filter(e -> roleById.get(e.id()).startsWith("role.explicit")
                || roleById.get(e.id()).startsWith("role.first")).toList();
        boolean leadsOnly = question.asks(Kind.LEAD) && !question.asks(Kind.SUPPORT) && !led.isEmpty();
        Map<String, String> bodies = new HashMap<>();
        List<TaskIndex.Entry> chosen = withoutBodies(leadsOnly ? led : candidates, bodies);
        String named = chosen.isEmpty() ? department : nameById.getOrDefault(chosen.get(0).id(), department);
        return new Found(chosen.stream().map(TaskIndex.Entry::id).toList(), roleById, docs, named, bodies);
    }

    /**
     * An item written as a heading line and a body is one item (「试点推行行政审批"同城通办"」 and the paragraph under
     * it): the body right after a listed heading of its section is not listed again; {@code bodies} gets it.
     */
    private static List<TaskIndex.Entry> withoutBodies(List<TaskIndex.Entry> tasks, Map<String, String> bodies) {
        Set<Integer> headings = new java.util.HashSet<>();
        tasks.stream().filter(DepartmentTasks::isHeading).forEach(e -> headings.add(e.position()));
        Map<Integer, TaskIndex.Entry> byPosition = new HashMap<>();
        tasks.forEach(e -> byPosition.put(e.position(), e));
        return tasks.stream().filter(e -> {
            TaskIndex.Entry before = headings.contains(e.position() - 1) ? byPosition.get(e.position() - 1) : null;
            boolean body = before != null && before.docKey().equals(e.docKey())
                    && Objects.equals(before.section(), e.section());
            if (body) {
                bodies.put(before.id(), e.id());
            }
            return !body;
        }).toList();
    }

    /** A short line with no sentence in it: the name of the item its section holds. */
    private static boolean isHeading(TaskIndex.Entry entry) {
        String own = entry.ownText();
        return own.length() <= HEADING_LENGTH && !SENTENCE_MARK.matcher(own).find();
    }

    private List<TaskIndex.Entry> candidates(Question question, Map<String, String> roleById, Set<String> docs,
                                             List<TermGroup> topic, boolean inReadingOrder, List<String> headings) {
        // the department's tasks in reading order, from its roles: no walk over every task
        List<TaskIndex.Entry> tasks = roleById.keySet().stream().map(index.byId()::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(TaskIndex.Entry::position))
                .filter(e -> question.inScope(e.docKey()))
                .filter(e -> docs.isEmpty() || docs.contains(e.docKey()))
                .filter(e -> topic.isEmpty() || TaskIndex.coverage(topic, e.folded()) > 0)
                .toList();
        // the words of the title say nothing of which task comes first
        return inReadingOrder ? tasks : tasks.stream()
                .sorted(Comparator.comparingDouble(
                        (TaskIndex.Entry e) -> -score(question, e, roleById.get(e.id()), headings)))
                .toList();
    }

    /**
     * A clause that opens with the unit's name and a colon (「市统计局：全市服务业、建筑业统计工作的业务主管部门…」) states
     * that unit's duties: it comes before clauses that only share the question's words.
     */
    private static double score(Question question, TaskIndex.Entry entry, String role, List<String> headings) {
        String own = entry.ownText();
        return TaskIndex.coverage(question.terms(), entry.folded())
                + question.documentBoosts().getOrDefault(entry.docKey(), 0.0)
                + (role.equals("role.mentioned") ? 0 : 0.05)
                + (headings.stream().anyMatch(own::startsWith) ? 1 : 0);
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
