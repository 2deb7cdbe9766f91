package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.ask.question.DocumentScope;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.graph.read.TaskFacts;

/** Where a topic recurs across documents, each document's best sentences, and whether their figures agree. */
final class CrossDocPart {
    private static final double SHARE_OF_BEST = 0.6;
    private static final double NAMED_SHARE = 0.3;
    private static final int PER_DOCUMENT = 2;
    private final Labels labels;

    private record Quote(TaskFacts task, String sentence, double coverage) {
    }

    CrossDocPart(Labels labels) {
        this.labels = labels;
    }

    void write(Evidence evidence, Draft draft) {
        Map<String, List<Quote>> byDoc = new LinkedHashMap<>();
        for (TaskFacts task : evidence.tasks()) {
            for (Sentences.Scored s : Sentences.ranked(Sentences.textOf(task), evidence.question().terms())) {
                byDoc.computeIfAbsent(task.docKey(), k -> new ArrayList<>()).add(new Quote(task, s.sentence(), s.coverage()));
            }
        }
        byDoc.values().forEach(quotes -> quotes.sort(Comparator.comparingDouble(Quote::coverage).reversed()));
        double top = byDoc.values().stream().mapToDouble(q -> q.get(0).coverage()).max().orElse(0);
        // a document the question names (by title, number or place) is compared even when its wording matches less
        Question asked = evidence.question();
        Set<String> named = DocumentScope.of(asked);
        List<String> docs = byDoc.keySet().stream().filter(asked::inScope)
                .filter(k -> byDoc.get(k).get(0).coverage()
                        >= (named.contains(k) || !asked.scope().isEmpty() ? NAMED_SHARE : SHARE_OF_BEST) * top)
                .limit(3).toList();
        Wording w = labels.wording();
        if (docs.size() < 2) {
            docs.forEach(k -> draft.line(w.say("cross.single", labels.document(byDoc.get(k).get(0).task()))));
        } else {
            draft.line(w.say("cross.header", docs.size()));
        }
        List<List<String>> figures = new ArrayList<>();
        int n = 1;
        for (String key : docs) {
            List<Quote> quotes = byDoc.get(key);
            double best = quotes.get(0).coverage();
            List<Quote> shown = quotes.stream().filter(q -> q.coverage() >= 0.7 * best).limit(PER_DOCUMENT).toList();
            draft.line(w.say("cross.item", n++, labels.document(quotes.get(0).task()),
                    String.join("」「", shown.stream().map(Quote::sentence).toList())));
            shown.forEach(q -> draft.cite(q.task(), q.sentence()));
            figures.add(Figures.in(quotes.get(0).sentence()));
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
