package org.policygraph.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status wordings of progress reports (graph-import/progress-status.tsv) and the default thresholds. A status
 * cell is read whole; running text only where a wording closes a clause, so that 「已完成投资12亿元」 is no
 * status while 「…，进度正常。」 is. Of overlapping wordings the longest wins (「严重滞后」 over 「滞后」, 「确保完成」
 * over 「完成」), of the rest the last in the text.
 */
public final class StatusLexicon {
    static final String RESOURCE = "graph-import/progress-status.tsv";
    private static final String NO_STATUS = "-";
    private static final String CLAUSE_END = "，。；、,;.!！？?）)\n";

    private final Map<String, String> statusOf = new LinkedHashMap<>();
    private final Thresholds defaults;

    private record Match(int start, int end, String wording, String status) {
        boolean inside(Match other) {
            return other != this && other.start <= start && end <= other.end && other.end - other.start > end - start;
        }
    }

    public StatusLexicon() {
        double late = 5;
        double serious = 10;
        for (String[] row : DataLines.of(RESOURCE)) {
            if (row[0].equals("#@threshold") && row.length >= 3) {
                double value = Double.parseDouble(row[2].strip());
                if (row[1].strip().equals("late")) {
                    late = value;
                } else if (row[1].strip().equals("seriously-late")) {
                    serious = value;
                }
            } else if (!row[0].startsWith("#")) {
                statusOf.put(row[0].strip(), row[1].strip());
            }
        }
        this.defaults = new Thresholds(late, serious);
    }

    public Thresholds defaults() {
        return defaults;
    }

    /** The status of a wording on its own (a status column, the words after 「为」 in a note). */
    public Optional<StatusReading> inCell(String cell) {
        return last(matches(cell == null ? "" : cell.strip(), false));
    }

    /** The status a stretch of running text closes a clause with. */
    public Optional<StatusReading> inText(String text) {
        return last(matches(text == null ? "" : text, true));
    }

    private List<Match> matches(String text, boolean clauseEnds) {
        List<Match> found = new ArrayList<>();
        statusOf.forEach((wording, status) -> {
            for (int i = text.indexOf(wording); i >= 0; i = text.indexOf(wording, i + 1)) {
                int end = i + wording.length();
                if (!clauseEnds || end == text.length() || CLAUSE_END.indexOf(text.charAt(end)) >= 0) {
                    found.add(new Match(i, end, wording, status));
                }
            }
        });
        return found.stream().filter(m -> found.stream().noneMatch(m::inside)).toList();
    }

    private static Optional<StatusReading> last(List<Match> matches) {
        return matches.stream().filter(m -> !m.status.equals(NO_STATUS))
                .max((a, b) -> a.end != b.end ? Integer.compare(a.end, b.end)
                        : Integer.compare(a.end - a.start, b.end - b.start))
                .map(m -> new StatusReading(m.status, m.wording));
    }
}
