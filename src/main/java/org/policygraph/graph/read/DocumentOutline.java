package org.policygraph.graph.read;

import java.util.List;

/** A document, its sections in reading order and the documents it cites. */
public record DocumentOutline(DocumentSummary document, List<OutlineSection> sections, List<DocumentSummary> cites) {
}
