package org.policygraph.extract;

/**
 * A department's role in a task. {@code department} is the canonical name after resolution;
 * {@code basis} is "explicit" or "first-listed" for LEADS, "listed" for SUPPORTS, the frame's field for NAMED
 * ("approver", "recipient", "founded", "host", "entrusted", "organiser");
 * {@code quote} is the text the role was read from; {@code asWritten} the unit as that text names it;
 * {@code departmentKey} the {@link Department#key()} of the body.
 */
public record Responsibility(String department, Role role, String basis, String quote, String asWritten,
                             String departmentKey) {
}
