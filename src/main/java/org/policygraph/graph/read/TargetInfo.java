package org.policygraph.graph.read;

/** A quantitative goal set by a task, as stored on a Target node. */
public record TargetInfo(String id, String metric, Double value, String unit, Integer year, String comparator,
                         String text) {
}
