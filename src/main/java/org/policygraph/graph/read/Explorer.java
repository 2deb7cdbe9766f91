package org.policygraph.graph.read;

import java.util.List;
import java.util.Optional;

/** Read-only views of the graph for the explorer pages: departments, documents, deadlines, search. */
public interface Explorer {
    List<DepartmentSummary> departments();

    /** The responsibility chain of a department found by name, full name, alias or English name. */
    Optional<DepartmentChain> department(String name);

    List<DocumentSummary> documents();

    /** A document's outline with its tasks, found by document number or key. */
    Optional<DocumentOutline> document(String docNoOrKey);

    /** Tasks with a deadline, earliest first; only those of {@code department} when it is non-null. */
    List<DeadlineEntry> deadlines(String department);

    List<SearchHit> search(String query, int limit);

    /** The task division table, of one document and/or department when given (null: all). */
    List<TaskRow> taskTable(String document, String department);

    /** Real subjects of the graph (projects with a lead, busy departments, targets) to suggest questions about. */
    List<SuggestionSeed> suggestionSeeds(int limit);
}
