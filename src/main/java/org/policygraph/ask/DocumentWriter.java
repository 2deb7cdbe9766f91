package org.policygraph.ask;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policygraph.graph.DocumentInfo;
import org.policygraph.graph.TaskFacts;

/** Which document: number, title, issuer and date of the document the question names or the best task sits in. */
final class DocumentWriter {
    private static final double TITLE_MATCH = 0.12;
    private final Labels labels;
    private final List<DocumentInfo> documents;

    DocumentWriter(Labels labels, List<DocumentInfo> documents) {
        this.labels = labels;
        this.documents = documents;
    }

    /** The document the question points at by number or title; else the one of the best task. */
    Optional<DocumentInfo> pick(Question question, Optional<TaskFacts> top) {
        Optional<Map.Entry<String, Double>> named = question.documentBoosts().entrySet().stream()
                .max(Comparator.comparingDouble(Map.Entry::getValue));
        if (named.isPresent() && named.get().getValue() >= TITLE_MATCH) {
            return byKey(named.get().getKey());
        }
        return top.flatMap(task -> byKey(task.docKey()));
    }

    void write(DocumentInfo document, Draft draft) {
        draft.line(labels.wording().say("document.line", labels.document(document, true)));
        draft.query("ask-documents");
    }

    private Optional<DocumentInfo> byKey(String key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
