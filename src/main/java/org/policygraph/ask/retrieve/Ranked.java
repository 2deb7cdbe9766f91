package org.policygraph.ask.retrieve;

/** A task found for a question: combined score and the share of the question's terms it covers. */
public record Ranked(String id, String docKey, double score, double coverage) {
}
