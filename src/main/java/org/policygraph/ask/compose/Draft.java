package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.policygraph.ask.Citation;
import org.policygraph.ask.GraphView;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.graph.read.TaskFacts;

/** An answer being written: its lines, its citations and the piece of graph shown with it. */
public final class Draft {
    private final List<String> lines = new ArrayList<>();
    private final Consumer<String> listener;
    private final List<Citation> citations = new ArrayList<>();
    private String firstDocKey;
    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final List<Map<String, Object>> edges = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();

    /** {@code listener} hears each line as it is written (streaming). */
    Draft(Consumer<String> listener) {
        this.listener = listener;
    }

    void line(String text) {
        lines.add(text);
        listener.accept(text);
    }

    void query(String name) {
        if (!queries.contains(name)) {
            queries.add(name);
        }
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The document of the first task cited (the one the answer rests on); null before any citation. */
    String firstDocKey() {
        return firstDocKey;
    }

    void cite(TaskFacts task, String quote) {
        firstDocKey = firstDocKey == null ? task.docKey() : firstDocKey;
        Citation citation = new Citation(task.docNo(), task.title(), task.sectionHeading(), quote, task.sourceFile(),
                task.line());
        if (!citations.contains(citation)) {
            citations.add(citation);
        }
        node(task.id(), "Task", Sentences.shorten(task.text(), 40));
        String docId = "doc:" + task.docKey();
        node(docId, "Document", task.docNo() == null ? task.title() : task.docNo());
        edge(task.id(), docId, "PART_OF");
        task.leads().forEach(a -> department(a.name(), task.id(), "LEADS"));
        task.supports().forEach(a -> department(a.name(), task.id(), "SUPPORTS"));
    }

    /** An edge between two tasks already cited, such as a goal's and its result's (RESULT). */
    void relate(String fromTaskId, String toTaskId, String type) {
        edge(fromTaskId, toTaskId, type);
    }

    private void department(String name, String taskId, String type) {
        node("dept:" + name, "Department", name);
        edge("dept:" + name, taskId, type);
    }

    private void node(String id, String label, String name) {
        nodes.putIfAbsent(id, Map.of("id", id, "label", label, "name", name == null ? "" : name));
    }

    private void edge(String from, String to, String type) {
        Map<String, Object> edge = Map.of("from", from, "to", to, "type", type);
        if (!edges.contains(edge)) {
            edges.add(edge);
        }
    }

    /** This answer followed by the next part's (a question of several parts): lines, citations, graph, queries. */
    public Draft then(Draft next) {
        lines.addAll(next.lines);
        next.citations.stream().filter(c -> !citations.contains(c)).forEach(citations::add);
        firstDocKey = firstDocKey == null ? next.firstDocKey : firstDocKey;
        next.nodes.forEach(nodes::putIfAbsent);
        next.edges.stream().filter(e -> !edges.contains(e)).forEach(edges::add);
        next.queries.forEach(this::query);
        return this;
    }

    public String text() {
        return String.join("\n", lines);
    }

    public List<Citation> citations() {
        return List.copyOf(citations);
    }

    public GraphView graph() {
        return new GraphView(List.copyOf(nodes.values()), List.copyOf(edges));
    }

    public List<String> queries() {
        return queries;
    }
}
