package org.policygraph.extract;

/**
 * A quantitative goal: 「郑欧班列开行300班以上」 -> metric 郑欧班列开行, value 300, unit 班, year 2017, comparator ≥.
 * {@code metricKey} is a normalised metric used to find the same target stated in several documents.
 */
public record Target(String id, String metric, String metricKey, double value, String unit, Integer year,
                     String comparator, String text) {
}
