package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.policygraph.ask.question.Glossary;
import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.Ranked;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.TaskFacts;

/** Writes the answer for what the question asks, from the evidence found, in the question's language. */
public final class AnswerComposer {
    /** Below this share of the question found in the best task, nothing in the documents is about it. */
    private static final double MIN_COVERAGE = 0.15;
    /** How many or which (not a figure: 「多少」 alone asks an amount): what a question asks of the rows it picks. */
    private static final java.util.regex.Pattern ROWS_ASKED = java.util.regex.Pattern.compile(
            "(?:几|多少)[个项件家类条]|哪些|哪几|有啥|\\bhow many\\b|\\bwhich\\b|\\blist\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private final Catalog catalog;
    private final PolicyReader reader;
    private final Glossary glossary;

    public AnswerComposer(Catalog catalog, PolicyReader reader, Glossary glossary) {
        this.catalog = catalog;
        this.reader = reader;
        this.glossary = glossary;
    }

    /**
     * The rows of a table of the document asked that the question picks by a value of one of their columns
     * ({@link TableRowsPicked}), when it asks how many or which; empty when it picks none.
     */
    public Optional<Draft> tableRows(Question q, boolean counted, Consumer<String> lines) {
        boolean rowsAsked = counted || q.asks(Kind.LIST_COUNT) || q.asks(Kind.PROJECT) || ROWS_ASKED.matcher(q.text()).find();
        // who leads the rows, when they are due, or two documents compared: the rows are not what is asked
        if (!rowsAsked || q.asks(Kind.LEAD) || q.asks(Kind.SUPPORT) || q.asks(Kind.DEADLINE) || q.asks(Kind.CROSS_DOC)) {
            return Optional.empty();
        }
        return new TableRowsPicked(catalog).write(q, labels(q), lines);
    }

    private Labels labels(Question q) {
        return new Labels(Wording.of(q.language()), catalog.departments(), glossary);
    }

    /** {@code lines} hears each line of the answer as soon as it is written. */
    public Draft compose(Question q, Evidence evidence, Consumer<String> lines) {
        Labels labels = labels(q);
        Draft draft = new Draft(lines);
        if (q.asks(Kind.OVERVIEW) && (q.terms().size() <= 1 || !q.departments().isEmpty())) {
            new OverviewPart(labels, catalog.documents()).write(q, catalog.departments(), draft);
            return draft;
        }
        if (q.asks(Kind.DEPT_TASKS) && !q.departments().isEmpty()) {
            List<TaskFacts> listed = new DepartmentTasksPart(labels, catalog.facts(), catalog.departmentTasks())
                    .write(q, q.departments().get(0), draft);
            if (!listed.isEmpty()) {
                return q.asks(Kind.DEADLINE) || q.asks(Kind.VALUE) ? new FactPart(labels, catalog).write(
                        q.without(Kind.LEAD, Kind.SUPPORT), evidenceOf(q, listed), draft) : draft;
            }
        }
        boolean attachmentsAsked = q.asks(Kind.ATTACHMENT) && !q.asks(Kind.LEAD) && !q.asks(Kind.SUPPORT)
                && !q.asks(Kind.DEADLINE);
        if ((attachmentsAsked || q.asks(Kind.ATTACHED) && !q.asksFact()) && q.departments().isEmpty()) {
            // 「附件是哪几张表」, 「附了几个附件」: the document's own list of attachments, not its clauses
            Optional<DocumentSummary> document = catalog.documentAsked(q,
                    evidence.top().map(TaskFacts::docKey).orElse(null));
            if (document.isPresent() && new AttachmentPart(labels, reader).write(q, document.get(), draft)) {
                return draft;
            }
        }
        draft.query("ask-task-facts");
        if (q.asks(Kind.LISTING_RULE)) {
            new ListingRulePart(labels, catalog).write(q, evidence, draft);
            return draft;
        }
        Optional<TaskFacts> top = evidence.top();
        if (q.asks(Kind.DOCUMENT) && !q.asksFact()
                && (q.namesDocument() || catalog.documentAsked(q, null).isPresent())) {
            // 「竹府办〔2016〕20号是个什么文件？」, "the number of X's notice on Y": the document is the whole question
            return document(q, top.filter(t -> q.inScope(t.docKey())), labels, draft);
        }
        if (q.terms().isEmpty() || top.isEmpty() || evidence.coverageOf(top.get().id()) < MIN_COVERAGE) {
            draft.line(labels.wording().say("nothing"));
            return draft;
        }
        if (q.asks(Kind.DOCUMENT) && !q.asksFact() || top.isEmpty()) {
            return document(q, top, labels, draft);
        }
        if (q.asks(Kind.CROSS_DOC)) {
            new CrossDocPart(labels).write(evidence, draft);
            return draft;
        }
        if (q.asks(Kind.RESULT)) {
            new ResultPart(labels, reader, catalog.facts()).write(evidence, draft);
            return draft;
        }
        new FactPart(labels, catalog).write(q, evidence, draft);
        if (q.asks(Kind.DOCUMENT) && draft.firstDocKey() != null) {
            // 「…谁牵头？出自哪个文件，谁印发的？」: the document is a part of its own
            catalog.document(draft.firstDocKey()).ifPresent(d -> new DocumentPart(labels, reader).write(q, d, draft));
        }
        return draft;
    }

    private static Evidence evidenceOf(Question q, List<TaskFacts> tasks) {
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskFacts task = tasks.get(i);
            ranked.add(new Ranked(task.id(), task.docKey(), 1.0 - i * 0.01,
                    TaskIndex.coverage(q.terms(), Texts.fold(task.text()))));
        }
        return new Evidence(q, ranked, tasks);
    }

    private Draft document(Question q, Optional<TaskFacts> top, Labels labels, Draft draft) {
        Optional<DocumentSummary> document = catalog.documentAsked(q, top.map(TaskFacts::docKey).orElse(null));
        if (document.isEmpty()) {
            draft.line(labels.wording().say("nothing"));
            return draft;
        }
        new DocumentPart(labels, reader).write(q, document.get(), draft);
        if (q.asks(Kind.GIST)) {
            DocumentGist.of(catalog, document.get().key()).ifPresent(g -> {
                draft.line(labels.wording().say("document.gist", g.sentence()));
                draft.cite(g.task(), g.sentence());
            });
        }
        top.filter(t -> t.docKey().equals(document.get().key()))
                .ifPresent(t -> draft.cite(t, Sentences.shorten(t.text(), 200)));
        return draft;
    }

}
