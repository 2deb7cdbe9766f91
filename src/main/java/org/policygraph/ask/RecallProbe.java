package org.policygraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.Ranked;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.ask.retrieve.TaskRanker;
import org.policygraph.graph.read.DocumentSummary;

/** Retrieval measured alone, for the recall tool and tuning: what the question's path would draw on, not shown to users. */
final class RecallProbe {
    private RecallProbe() {
    }

    /**
     * The ids of the k clauses an answer to the question would draw on, best first. A department's listed tasks come
     * first when their department is asked; the header of the answer's document (number, title, date: what its
     * source line quotes) comes first when the document is asked, else after the first clause (with what it needs
     * beside it: a lead-in's items, a table's note) or the listed tasks.
     */
    static List<String> evidence(LiveGraph live, String question, int k) {
        GraphSnapshot graph = live.current();
        Question understood = graph.questions().read(QuestionText.normalise(question), null);
        List<String> ids = new ArrayList<>();
        if (understood.asks(Kind.DEPT_TASKS) && !understood.departments().isEmpty()) {
            ids.addAll(graph.catalog().departmentTasks().find(understood, understood.departments().get(0))
                    .chosen());
        }
        int listed = ids.size();
        Retrieval.ranked(graph, understood, true).stream().map(Ranked::id).filter(id -> !ids.contains(id))
                .forEach(ids::add);
        if (!ids.isEmpty()) {
            TaskIndex.Entry first = graph.catalog().index().byId().get(ids.get(0));
            String topDocument = first == null ? null : first.docKey();
            boolean documentAsked = understood.asks(Kind.DOCUMENT);
            Optional<DocumentSummary> document = documentAsked && !understood.asksFact()
                    ? graph.catalog().documentAsked(understood, topDocument)
                    : Optional.ofNullable(topDocument).flatMap(graph.catalog()::document);
            int group = first == null ? 1
                    : 1 + graph.catalog().index().attachedTo(first, TaskRanker.INTRODUCED).size();
            document.ifPresent(d -> ids.add(documentAsked ? 0 : Math.max(group, listed), "doc:" + d.key()));
        }
        return ids.subList(0, Math.min(k, ids.size()));
    }

    /** How a question was understood and what was found. */
    static String explain(LiveGraph live, String question) {
        GraphSnapshot graph = live.current();
        Question q = graph.questions().read(question, null);
        StringBuilder out = new StringBuilder("kinds=" + q.kinds() + " lang=" + q.language() + " depts="
                + q.departments() + " year=" + q.year() + "\nterms=");
        q.terms().forEach(t -> out.append(t.forms()).append(String.format(":%.2f ", t.weight())));
        out.append("\nboosts=");
        q.documentBoosts().entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(3)
                .forEach(e -> out.append(e.getKey()).append(String.format(":%.2f ", e.getValue())));
        for (Ranked r : graph.ranker().rank(q, 6)) {
            String text = graph.catalog().index().byId().get(r.id()).folded();
            out.append(String.format("%n  %.3f cov=%.2f %s %s", r.score(), r.coverage(), r.id(),
                    text.substring(0, Math.min(70, text.length()))));
        }
        return out.toString();
    }
}
