package org.policygraph.graph.read;

/**
 * A goal and the result reported for it later (RESULT): {@code verdict} met, exceeded or missed. Without a reported
 * result {@code actual}, {@code actualTaskId} and {@code verdict} are null. {@code taskId} is the asked-about task
 * that sets the one or the other.
 */
public record TargetResult(String taskId, String goalTaskId, TargetInfo goal, String actualTaskId, TargetInfo actual,
                           String verdict) {
    public boolean reported() {
        return actual != null;
    }
}
