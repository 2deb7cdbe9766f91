package org.policygraph.extract;

import java.util.List;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.progress.ProgressReport;

/**
 * A parsed document with its tasks and citations: the unit the graph writer imports in one transaction. A progress
 * report (督查督办) has no tasks of its own but its {@code progress} rows; any other document has null there.
 */
public record ExtractedDocument(ParsedDocument document, List<Task> tasks, List<CitedDocument> citations,
                                List<Department> departments, ProgressReport progress) {

    public ExtractedDocument(ParsedDocument document, List<Task> tasks, List<CitedDocument> citations,
                             List<Department> departments) {
        this(document, tasks, citations, departments, null);
    }
}
