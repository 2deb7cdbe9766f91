package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ruling lines grouped into the tables they draw: a horizontal and a vertical line that cross or touch belong together. */
final class PdfRulingGroups {
    private PdfRulingGroups() {
    }

    static List<List<PdfGrid.Segment>> connected(List<PdfGrid.Segment> segments, float tolerance) {
        int[] owner = new int[segments.size()];
        for (int i = 0; i < owner.length; i++) {
            owner[i] = i;
        }
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                if (meet(segments.get(i), segments.get(j), tolerance)) {
                    owner[root(owner, i)] = root(owner, j);
                }
            }
        }
        Map<Integer, List<PdfGrid.Segment>> groups = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            groups.computeIfAbsent(root(owner, i), k -> new ArrayList<>()).add(segments.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static boolean meet(PdfGrid.Segment a, PdfGrid.Segment b, float tolerance) {
        if (a.horizontal() == b.horizontal()) {
            return false;
        }
        PdfGrid.Segment h = a.horizontal() ? a : b;
        PdfGrid.Segment v = a.horizontal() ? b : a;
        return v.x0() >= h.x0() - tolerance && v.x0() <= h.x1() + tolerance
                && h.y0() >= v.y0() - tolerance && h.y0() <= v.y1() + tolerance;
    }

    private static int root(int[] owner, int i) {
        while (owner[i] != i) {
            owner[i] = owner[owner[i]];
            i = owner[i];
        }
        return i;
    }
}
