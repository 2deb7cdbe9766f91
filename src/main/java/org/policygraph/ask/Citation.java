package org.policygraph.ask;

/** Where a fact of an answer stands: document number, title, section path, the quoted sentence, file and line. */
public record Citation(String docNo, String title, String section, String quote, String sourceFile, int line) {
}
