package org.policygraph.graph.read;

import java.time.LocalDate;
import java.util.List;

/**
 * What the 督办 board shows: the tasks as of a date, optionally only those of one unit (lead or responsible, as
 * written or abbreviated), one leader in charge (a Person), one state ({@link BoardRow#STATES}) or one plan
 * (its number, key or words of its title). A filter left null is not applied.
 */
public record BoardFilter(LocalDate asOf, String unit, String leader, String state, String document) {

    public BoardFilter {
        if (asOf == null) {
            throw new IllegalArgumentException("A board needs its as-of date");
        }
        if (state != null && !BoardRow.STATES.contains(state)) {
            throw new IllegalArgumentException("No board state " + state + "; one of " + String.join(", ", BoardRow.STATES));
        }
    }

    public static BoardFilter asOf(LocalDate asOf) {
        return new BoardFilter(asOf, null, null, null, null);
    }

    /** The names a leader is written with, spaces inside a Chinese name (俞 悦) not counting. */
    static boolean sameLeader(String asked, List<String> leaders) {
        String wanted = asked.replaceAll("\\s+", "");
        return leaders.stream().anyMatch(l -> l.replaceAll("\\s+", "").equals(wanted));
    }
}
