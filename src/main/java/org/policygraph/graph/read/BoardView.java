package org.policygraph.graph.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 督办 board as of a date: the rows that pass the filter, and what the filters may choose from among all the
 * tasks reported by then (lead units first, then the other units reports name; leaders; plans by key with their
 * number and title).
 */
public record BoardView(BoardFilter filter, List<BoardRow> rows, List<String> units, List<String> leaders,
                        List<Map<String, String>> documents) {

    static BoardView of(BoardFilter filter, List<ProgressItem> all, List<BoardRow> rows) {
        Set<String> units = new LinkedHashSet<>();
        all.forEach(i -> units.addAll(i.leads()));
        all.forEach(i -> units.addAll(i.units()));
        Set<String> leaders = new LinkedHashSet<>();
        all.forEach(i -> leaders.addAll(i.leaders()));
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        for (ProgressItem i : all) {
            if (i.docKey() != null && !i.notInPlan()) {
                Map<String, String> doc = new LinkedHashMap<>();
                doc.put("key", i.docKey());
                doc.put("docNo", i.docNo());
                doc.put("title", i.docTitle());
                documents.putIfAbsent(i.docKey(), doc);
            }
        }
        return new BoardView(filter, rows, List.copyOf(units), List.copyOf(leaders), new ArrayList<>(documents.values()));
    }

    /** How many rows show each colour. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        BoardRow.STATES.forEach(s -> counts.put(s, 0));
        rows.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        return counts;
    }
}
