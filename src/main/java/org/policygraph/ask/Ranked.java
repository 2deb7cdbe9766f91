package org.policygraph.ask;

/** A task found for a question: combined score and the share of the question's terms it covers. */
record Ranked(String id, String docKey, double score, double coverage) {
}
