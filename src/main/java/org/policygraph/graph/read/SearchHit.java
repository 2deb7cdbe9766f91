package org.policygraph.graph.read;

/** A full-text match: kind is task, document, department or project; key opens it in the explorer. */
public record SearchHit(String kind, String key, String label, String detail, String docNo, int line, double score) {
}
