package org.policygraph.ask.compose;

import java.util.List;

import org.policygraph.ask.question.DepartmentNames;
import org.policygraph.ask.question.Question;
import org.policygraph.graph.read.DepartmentSummary;
import org.policygraph.graph.read.DocumentSummary;

/** What the corpus holds: its documents, or how many tasks a department leads and supports. */
final class OverviewPart {
    private final Labels labels;
    private final List<DocumentSummary> documents;

    OverviewPart(Labels labels, List<DocumentSummary> documents) {
        this.labels = labels;
        this.documents = documents;
    }

    void write(Question question, DepartmentNames names, Draft draft) {
        Wording w = labels.wording();
        if (!question.departments().isEmpty()) {
            for (String name : question.departments()) {
                DepartmentSummary info = names.info(name);
                if (info != null) {
                    draft.line(w.say("overview.dept", labels.department(name), info.leads(), info.supports()));
                }
            }
            draft.query("ask-departments");
            return;
        }
        draft.line(w.say("overview.header", documents.size()));
        int n = 1;
        for (DocumentSummary document : documents) {
            draft.line(w.say("overview.item", n++, labels.document(document, false)));
        }
        draft.query("ask-documents");
    }
}
