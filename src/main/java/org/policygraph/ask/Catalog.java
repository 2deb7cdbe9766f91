package org.policygraph.ask;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.graph.DocumentInfo;
import org.policygraph.graph.PolicyReader;

/** What the asker knows of the graph before any question: documents, department names, task texts. */
record Catalog(List<DocumentInfo> documents, DepartmentNames departments, TaskIndex index, DocumentHints hints) {

    static Catalog load(PolicyReader reader) {
        List<DocumentInfo> documents = reader.documents();
        return new Catalog(documents, new DepartmentNames(reader.departments()), new TaskIndex(reader.taskTexts()),
                new DocumentHints(documents));
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
