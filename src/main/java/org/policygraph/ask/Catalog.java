package org.policygraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.PolicyReader;

/** What the asker knows of the graph before any question: documents, department names, task texts. */
record Catalog(List<DocumentSummary> documents, DepartmentNames departments, TaskIndex index, DocumentHints hints,
               TaskFactsById facts) {

    static Catalog load(PolicyReader reader) {
        List<DocumentSummary> documents = reader.documents();
        TaskFactsById facts = new TaskFactsById(reader.allFacts());
        return new Catalog(documents, new DepartmentNames(reader.departments()), new TaskIndex(facts.all()),
                new DocumentHints(documents), facts);
    }

    /** Below this boost a title match does not name the document. */
    private static final double TITLE_MATCH = 0.12;

    Optional<DocumentSummary> document(String key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The document a question points at by number or title; else the one holding {@code fallbackKey} (may be null). */
    Optional<DocumentSummary> documentAsked(Question question, String fallbackKey) {
        Optional<Map.Entry<String, Double>> named = question.documentBoosts().entrySet().stream()
                .max(Comparator.comparingDouble(Map.Entry::getValue));
        if (named.isPresent() && named.get().getValue() >= TITLE_MATCH) {
            return document(named.get().getKey());
        }
        return fallbackKey == null ? Optional.empty() : document(fallbackKey);
    }

    DepartmentTasks departmentTasks(PolicyReader reader) {
        return new DepartmentTasks(reader, index, departments, hints);
    }

    /** Department names and glossary terms, so that segmentation keeps them whole. */
    List<String> vocabulary(Glossary glossary) {
        List<String> words = new ArrayList<>(departments.surfaces());
        words.addAll(glossary.chineseVocabulary());
        return words;
    }
}
