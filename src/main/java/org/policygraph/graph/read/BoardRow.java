package org.policygraph.graph.read;

import java.time.LocalDate;
import java.util.List;

/**
 * A task on the 督办 board as of a date, with what its colour says: {@code overdue} (deadline passed, not reported
 * done), {@code dueSoon} (deadline within {@link #DUE_DAYS} days, not done), {@code behind} (the latest report calls
 * it late or seriously late), {@code done}. {@code state} is the first of overdue, behind, due-soon, done that holds,
 * else {@code open}.
 */
public record BoardRow(ProgressItem item, String state, boolean overdue, boolean dueSoon, boolean behind, boolean done) {
    public static final int DUE_DAYS = 30;
    public static final List<String> STATES = List.of("overdue", "behind", "due-soon", "done", "open");

    static BoardRow of(ProgressItem item, LocalDate asOf) {
        boolean done = "done".equals(item.status());
        boolean dated = item.deadline() != null;
        String day = asOf.toString();
        boolean overdue = dated && !done && item.deadline().compareTo(day) < 0;
        boolean dueSoon = dated && !done && item.deadline().compareTo(day) >= 0
                && item.deadline().compareTo(asOf.plusDays(DUE_DAYS).toString()) <= 0;
        boolean behind = "late".equals(item.status()) || "seriously-late".equals(item.status());
        String state = overdue ? "overdue" : behind ? "behind" : dueSoon ? "due-soon" : done ? "done" : "open";
        return new BoardRow(item, state, overdue, dueSoon, behind, done);
    }

    /** Whether the row shows under the state filter {@code wanted}: its colour or any flag of that name. */
    boolean in(String wanted) {
        return switch (wanted) {
            case "overdue" -> overdue;
            case "behind" -> behind;
            case "due-soon" -> dueSoon;
            case "done" -> done;
            default -> state.equals(wanted);
        };
    }
}
