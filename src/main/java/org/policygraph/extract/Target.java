package org.policygraph.extract;

/**
 * A quantitative goal: 「郑欧班列开行300班以上」 -> metric 郑欧班列开行, value 300, unit 班, year 2017, comparator ≥.
 * {@code metricKey} is a normalised metric used to find the same target stated in several documents;
 * {@code valueText} the number as written (ranges as 1~2); {@code kind} {@link #GOAL} (达到/力争/控制在…) or
 * {@link #ACTUAL}, a reported result (「2017年完成…」, 「截至2017年底…」, a year before the plan's).
 */
public record Target(String id, String metric, String metricKey, double value, String unit, Integer year,
                     String comparator, String text, String valueText, String kind) {
    public static final String GOAL = "goal";
    public static final String ACTUAL = "actual";
}
