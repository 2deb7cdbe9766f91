package org.policygraph.ask.retrieve;

import java.util.List;
import java.util.Map;

import org.policygraph.graph.read.DepartmentSummary;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.TaskFacts;

/**
 * What the catalog is made of, as read from one graph version: documents, departments and the facts of every task.
 * Saved beside the indexes of that version ({@link IndexFolder}), so that a start over an unchanged graph reads one
 * file instead of walking every task's relations in the store. {@code stamps}: each document's stamp when the rows
 * were read (read first: a change while the rest is read shows as a changed stamp at the next refresh), so that
 * the next version's rows re-read only the documents whose stamp changed ({@link CatalogUpdate}); null in rows
 * saved without them.
 */
record CatalogRows(List<DocumentSummary> documents, List<DepartmentSummary> departments, List<TaskFacts> facts,
                   Map<String, String> stamps) {
    static final String NAME = "catalog.json";

    static CatalogRows read(PolicyReader reader) {
        Map<String, String> stamps = reader.documentStamps();
        return new CatalogRows(reader.documents(), reader.departments(), reader.allFacts(), stamps);
    }

    /** The rows saved for the folder's version, else read from the store and saved there. */
    static CatalogRows of(IndexFolder folder, PolicyReader reader) {
        return folder.savedRows(NAME, CatalogRows.class).orElseGet(() -> {
            CatalogRows rows = read(reader);
            folder.saveRows(NAME, rows);
            return rows;
        });
    }
}
