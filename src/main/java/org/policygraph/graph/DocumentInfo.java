package org.policygraph.graph;

/**
 * A document of the corpus: number (may be null), title, issuer, ISO issue date, file, first line, task count, and
 * the place it belongs to (广州市; null when its text names none).
 */
public record DocumentInfo(String key, String docNo, String title, String issuer, String issuedOn,
                           String sourceFile, int line, long tasks, String jurisdiction) {
}
