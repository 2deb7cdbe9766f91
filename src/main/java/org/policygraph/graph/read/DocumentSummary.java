package org.policygraph.graph.read;

/**
 * A document of the corpus, or a stub known only from a citation: number (may be null), title, issuer, ISO issue
 * date, file and first line, the place it belongs to (广州市; null when its text names none), task and target counts.
 */
public record DocumentSummary(String key, String docNo, String title, String issuer, String issuedOn,
                              String sourceFile, int line, String jurisdiction, long tasks, long targets,
                              boolean stub) {
}
