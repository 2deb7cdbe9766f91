package org.policygraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.graph.TaskFacts;

/** Where a topic recurs across documents, each document's sentence, and whether their figures agree. */
final class CrossDocWriter {
    private static final double SHARE_OF_BEST = 0.6;
    private final Labels labels;

    CrossDocWriter(Labels labels) {
        this.labels = labels;
    }

    void write(Evidence evidence, Draft draft) {
        Map<String, Sentences.Scored> bestByDoc = new LinkedHashMap<>();
        Map<String, TaskFacts> taskByDoc = new LinkedHashMap<>();
        for (TaskFacts task : evidence.tasks()) {
            Sentences.Scored best = Sentences.ranked(Sentences.textOf(task), evidence.question().terms()).stream()
                    .findFirst().orElse(null);
            Sentences.Scored current = bestByDoc.get(task.docKey());
            if (best != null && (current == null || best.coverage() > current.coverage())) {
                bestByDoc.put(task.docKey(), best);
                taskByDoc.put(task.docKey(), task);
            }
        }
        double top = bestByDoc.values().stream().mapToDouble(Sentences.Scored::coverage).max().orElse(0);
        List<String> docs = bestByDoc.keySet().stream()
                .filter(k -> bestByDoc.get(k).coverage() >= SHARE_OF_BEST * top).limit(3).toList();
        Wording w = labels.wording();
        if (docs.size() < 2) {
            docs.forEach(k -> draft.line(w.say("cross.single", labels.document(taskByDoc.get(k)))));
        } else {
            draft.line(w.say("cross.header", docs.size()));
        }
        List<List<String>> figures = new ArrayList<>();
        int n = 1;
        for (String key : docs) {
            TaskFacts task = taskByDoc.get(key);
            String sentence = bestByDoc.get(key).sentence();
            String shown = String.join("」「", Sentences.ranked(Sentences.textOf(task), evidence.question().terms())
                    .stream().filter(s -> s.coverage() >= 0.7 * bestByDoc.get(key).coverage()).limit(2)
                    .map(Sentences.Scored::sentence).toList());
            draft.line(w.say("cross.item", n++, labels.document(task), shown.isEmpty() ? sentence : shown));
            draft.cite(task, sentence);
            figures.add(Figures.in(sentence));
        }
        compare(figures, draft);
    }

    /** Compares the two best documents' figures: agreeing when they state a figure in common. */
    private void compare(List<List<String>> figures, Draft draft) {
        if (figures.size() < 2 || figures.get(0).isEmpty() || figures.get(1).isEmpty()) {
            return;
        }
        List<String> shared = new ArrayList<>(figures.get(0));
        shared.retainAll(figures.get(1));
        Wording w = labels.wording();
        draft.line(shared.isEmpty()
                ? w.say("cross.differ", String.join("、", figures.get(0)) + " / " + String.join("、", figures.get(1)))
                : w.say("cross.agree", String.join(w.listSeparator(), shared.stream().distinct().toList())));
    }
}
