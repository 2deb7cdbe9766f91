package org.policygraph.ask.compose;

import java.util.List;
import java.util.Map;

import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.DepartmentTasks;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskFactsById;
import org.policygraph.graph.read.TaskFacts;

/** Writes the tasks a department leads or supports (or is named in), as {@link DepartmentTasks} finds them. */
final class DepartmentTasksPart {
    private static final int MAX = 15;
    private final Labels labels;
    private final TaskFactsById facts;
    private final DepartmentTasks tasks;

    DepartmentTasksPart(Labels labels, TaskFactsById facts, DepartmentTasks tasks) {
        this.labels = labels;
        this.facts = facts;
        this.tasks = tasks;
    }

    /** The tasks listed, best first; empty when nothing ties the department to the topic. */
    List<TaskFacts> write(Question question, String department, Draft draft) {
        DepartmentTasks.Found found = tasks.find(question, department);
        if (found.chosen().isEmpty()) {
            return List.of();
        }
        Map<String, String> roleById = found.roleById();
        List<TaskFacts> listed = facts.of(found.chosen().stream().limit(MAX).toList());
        Wording w = labels.wording();
        String scope = found.documents().size() == 1 ? labels.document(listed.get(0)) : null;
        draft.line(w.say(scope == null ? "dept.headerAll" : "dept.header", labels.department(found.department()), scope,
                w.count(found.chosen().size()), listed.size()));
        // an item listed by its heading line reads as its body
        Map<String, TaskFacts> bodies = new java.util.HashMap<>();
        facts.of(listed.stream().map(t -> found.bodyByHeading().get(t.id())).filter(java.util.Objects::nonNull)
                .toList()).forEach(b -> bodies.put(b.id(), b));
        int n = 1;
        for (TaskFacts task : listed) {
            TaskFacts body = bodies.get(found.bodyByHeading().get(task.id()));
            String name = labels.taskName(task, 30);
            String text = Sentences.shorten(withoutName((body == null ? task : body).text(), name), 90);
            draft.line(w.say("dept.item", n++, w.say(roleById.get(task.id())), name + "：" + text,
                    task.docNo() == null ? labels.section(task) : task.docNo()));
            draft.cite(task, Sentences.shorten(task.text(), 200));
        }
        draft.query("ask-department-tasks");
        return listed;
    }

    /** The text after the sentence it opens with when that sentence is its name (a heading): not said twice. */
    private static String withoutName(String text, String name) {
        String flat = text == null ? "" : text.strip();
        boolean sentence = !name.isEmpty() && flat.startsWith(name) && flat.length() > name.length()
                && "。；;：:".indexOf(flat.charAt(name.length())) >= 0;
        return sentence ? flat.substring(name.length()).replaceFirst("^[。；;：:\\s]+", "") : flat;
    }
}
