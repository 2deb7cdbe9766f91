package org.policygraph.ask.compose;

import java.util.Optional;

import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.extract.ListingRule;
import org.policygraph.graph.read.Assignment;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.TaskFacts;

/**
 * What a document says its first-listed units are (「列第一位为牵头或汇总单位」), in its own words and cited; or that
 * it does not say, and how the answers then read a first-listed unit.
 */
final class ListingRulePart {
    private final Labels labels;
    private final Catalog catalog;

    ListingRulePart(Labels labels, Catalog catalog) {
        this.labels = labels;
        this.catalog = catalog;
    }

    void write(Question question, Evidence evidence, Draft draft) {
        Optional<DocumentSummary> document = catalog.documentAsked(question,
                evidence.top().map(TaskFacts::docKey).orElse(null));
        if (document.isEmpty()) {
            draft.line(labels.wording().say("nothing"));
            return;
        }
        for (TaskFacts task : catalog.facts().of(catalog.index().ofDocument(document.get().key()).stream()
                .map(TaskIndex.Entry::id).toList())) {
            Optional<ListingRule> rule = statedIn(task);
            if (rule.isPresent()) {
                draft.line(labels.wording().say("rule.stated", labels.document(task), labels.role(rule.get().role()),
                        rule.get().remark()));
                draft.cite(task, rule.get().remark());
                return;
            }
        }
        draft.line(labels.wording().say("rule.none", labels.document(document.get(), false)));
    }

    /** The rule in the task's own text or in the unit list it was assigned by. */
    private static Optional<ListingRule> statedIn(TaskFacts task) {
        Optional<ListingRule> rule = ListingRule.in(task.text());
        for (Assignment a : task.leads()) {
            rule = rule.or(() -> ListingRule.in(a.quote()));
        }
        for (Assignment a : task.supports()) {
            rule = rule.or(() -> ListingRule.in(a.quote()));
        }
        return rule;
    }
}
