package org.policygraph.progress;

import java.util.List;

/**
 * Whether a unit as a report writes it is one of a task's units: the same name, or one an abbreviation of the
 * other (市重点办 of 市重点项目办, 市发改委 of 市发展改革委: the same first character and the shorter one's characters
 * in order within the longer).
 */
public final class UnitMatch {
    private UnitMatch() {
    }

    public static boolean any(String unit, List<String> names) {
        return unit != null && names.stream().anyMatch(n -> same(unit, n));
    }

    public static boolean same(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 3 && shorter.charAt(0) == longer.charAt(0)
                && longer.lastIndexOf(shorter.charAt(shorter.length() - 1)) >= longer.length() - 3
                && inOrder(shorter, longer);
    }

    private static boolean inOrder(String shorter, String longer) {
        int at = 0;
        for (char c : shorter.toCharArray()) {
            at = longer.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
