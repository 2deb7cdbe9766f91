package org.policygraph.extract;

import java.util.List;
import org.policygraph.parse.ParsedDocument;

/** A parsed document with its tasks and citations: the unit the graph writer imports in one transaction. */
public record ExtractedDocument(ParsedDocument document, List<Task> tasks, List<CitedDocument> citations,
                                List<Department> departments) {
}
