package org.policygraph.graph;

/** A document of the corpus (or a stub known only from a citation) with its task and target counts. */
public record DocumentSummary(String key, String docNo, String title, String issuer, String issuedOn,
                              String sourceFile, long tasks, long targets, boolean stub) {
}
