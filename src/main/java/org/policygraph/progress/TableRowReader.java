package org.policygraph.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policygraph.parse.Paragraph;

/**
 * Reads one table row of a progress report ("header：cell；header：cell" with its cells) by what its headers name:
 * task, unit, progress, percent, status, deadline. A row with neither a task nor a progress cell is no row.
 */
final class TableRowReader {
    private final ReportCues cues;
    private final StatusLexicon lexicon;
    private final RowUnits units;

    TableRowReader(ReportCues cues, StatusLexicon lexicon, RowUnits units) {
        this.cues = cues;
        this.lexicon = lexicon;
        this.units = units;
    }

    /** The cells of a table row by column kind, first cell of a kind kept. */
    Map<String, String> cellsByKind(Paragraph row) {
        Map<String, String> byKind = new LinkedHashMap<>();
        String text = row.text();
        int at = 0;
        for (String cell : row.cells()) {
            if (cell.isEmpty()) {
                continue;
            }
            int start = text.indexOf(cell, at);
            if (start < 0) {
                break;
            }
            String header = text.substring(at, start).replaceAll("[：；]+$", "").replaceAll("^[；]+", "");
            cues.columnKind(header).ifPresent(kind -> byKind.putIfAbsent(kind, cell));
            at = start + cell.length();
        }
        return byKind;
    }

    Optional<ProgressRow> read(Paragraph row, RowStatus statuses) {
        Map<String, String> cells = cellsByKind(row);
        String task = cells.get("task");
        String progress = cells.getOrDefault("progress", "");
        if (task == null && progress.isEmpty()) {
            return Optional.empty();
        }
        Double percent = cells.containsKey("percent") ? RowFigures.percentCell(cells.get("percent")) : null;
        if (percent == null) {
            percent = RowFigures.percentInText(progress);
        }
        Double lag = RowFigures.lagInText(progress);
        Optional<StatusReading> wording = cells.containsKey("status")
                ? lexicon.inCell(cells.get("status")) : lexicon.inText(progress);
        StatusReading status = statuses.decide(wording, percent, lag);
        String name = task != null ? task : progress;
        return Optional.of(new ProgressRow(row.line(), name.strip(), units.ofCell(cells.get("unit")), row.text(),
                percent, lag, status == null ? null : status.status(), status == null ? null : status.statusText(),
                cells.get("deadline")));
    }
}
