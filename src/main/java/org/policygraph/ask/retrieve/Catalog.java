package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policygraph.ask.question.DepartmentNames;
import org.policygraph.ask.question.DocumentHints;
import org.policygraph.ask.question.Glossary;
import org.policygraph.ask.question.Question;
import org.policygraph.graph.StartSteps;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.PolicyReader;

/**
 * What the asker knows of the graph before any question: documents, department names, task texts; {@code stamps}:
 * each document's stamp when they were read (see {@link CatalogRows}).
 */
public record Catalog(List<DocumentSummary> documents, DepartmentNames departments, TaskIndex index, DocumentHints hints,
               TaskFactsById facts, Map<String, String> stamps) {

    public static Catalog load(PolicyReader reader) {
        return load(reader, IndexFolder.temporary());
    }

    /** From the rows saved in {@code folder} for its graph version, else from the store (and saved there). */
    public static Catalog load(PolicyReader reader, IndexFolder folder) {
        return of(CatalogRows.of(folder, reader), null);
    }

    /** {@code previous}: the index of an earlier version whose folded texts are reused for the tasks kept. */
    static Catalog of(CatalogRows rows, TaskIndex previous) {
        TaskFactsById facts = StartSteps.timed("Task facts by id", () -> new TaskFactsById(rows.facts()));
        DepartmentNames departments = StartSteps.timed("Department names",
                () -> new DepartmentNames(rows.departments()));
        TaskIndex index = StartSteps.timed("Task index", () -> new TaskIndex(facts.all(), previous));
        DocumentHints hints = StartSteps.timed("Document hints", () -> new DocumentHints(rows.documents()));
        return new Catalog(rows.documents(), departments, index, hints, facts, rows.stamps());
    }

    /** Below this boost a title match does not name the document. */
    private static final double TITLE_MATCH = 0.12;

    public Optional<DocumentSummary> document(String key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /**
     * The document a question points at by number or title, unless the one holding {@code fallbackKey} (may be null)
     * is named as strongly; else that one.
     */
    public Optional<DocumentSummary> documentAsked(Question question, String fallbackKey) {
        Optional<Map.Entry<String, Double>> named = question.documentBoosts().entrySet().stream()
                .max(Comparator.comparingDouble(Map.Entry::getValue));
        double fallbackBoost = fallbackKey == null ? 0 : question.documentBoosts().getOrDefault(fallbackKey, 0.0);
        if (named.isPresent() && named.get().getValue() >= TITLE_MATCH && named.get().getValue() > fallbackBoost) {
            return document(named.get().getKey());
        }
        return fallbackKey == null ? Optional.empty() : document(fallbackKey);
    }

    public DepartmentTasks departmentTasks() {
        return new DepartmentTasks(facts, index, departments, hints);
    }

    /** Department names and glossary terms, so that segmentation keeps them whole. */
    public List<String> vocabulary(Glossary glossary) {
        List<String> words = new ArrayList<>(departments.surfaces());
        words.addAll(glossary.chineseVocabulary());
        return words;
    }
}
