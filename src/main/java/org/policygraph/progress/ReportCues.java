package org.policygraph.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What makes a document a progress report and what its table headers mean (graph-import/progress-cues.tsv): title
 * words, and for each column kind (task, unit, progress, percent, status, deadline) the headers that name it.
 */
public final class ReportCues {
    static final String RESOURCE = "graph-import/progress-cues.tsv";
    private final List<String> titleWords = new ArrayList<>();
    private final Map<String, String> columnKinds = new LinkedHashMap<>();

    public ReportCues() {
        for (String[] row : DataLines.of(RESOURCE)) {
            String kind = row[0].strip();
            if (kind.equals("title")) {
                titleWords.add(row[1].strip());
            } else if (kind.startsWith("column-")) {
                columnKinds.put(row[1].strip(), kind.substring("column-".length()));
            }
        }
    }

    /** Whether a title or header line uses a progress report's words. */
    public boolean isReportTitle(String title) {
        return title != null && titleWords.stream().anyMatch(title::contains);
    }

    /**
     * The kind of column a header names ("unit", "percent"…): the header equal to a wording, else the longest
     * wording it contains (「1—6月进展情况」 is a progress column).
     */
    public Optional<String> columnKind(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String h = header.replaceAll("[\\s（）()%％]", "");
        if (columnKinds.containsKey(h)) {
            return Optional.of(columnKinds.get(h));
        }
        return columnKinds.keySet().stream().filter(h::contains).max(Comparator.comparingInt(String::length))
                .map(columnKinds::get);
    }

    /** The unit labels (「牵头单位」…), which a text report may write before or inside its brackets. */
    public List<String> unitLabels() {
        return columnKinds.entrySet().stream().filter(e -> e.getValue().equals("unit")).map(Map.Entry::getKey).toList();
    }
}
