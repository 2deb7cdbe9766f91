package org.policygraph.graph;

/** A document of the corpus: number (may be null), title, issuer, ISO issue date, file, first line, task count. */
public record DocumentInfo(String key, String docNo, String title, String issuer, String issuedOn,
                           String sourceFile, int line, long tasks) {
}
