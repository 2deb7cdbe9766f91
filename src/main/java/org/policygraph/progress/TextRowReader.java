package org.policygraph.progress;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.policygraph.parse.Paragraph;
import org.policygraph.parse.Section;

/**
 * Reads the numbered paragraphs of a text report: each section whose own text states a status wording, a
 * percentage or the points it is behind is a row; its name is the heading up to the units' bracket or the first
 * full stop, its units those the bracket or label names.
 */
final class TextRowReader {
    private final StatusLexicon lexicon;
    private final RowUnits units;

    TextRowReader(StatusLexicon lexicon, RowUnits units) {
        this.lexicon = lexicon;
        this.units = units;
    }

    void read(Section section, RowStatus statuses, List<ProgressRow> out) {
        String own = section.paragraphs().stream().filter(p -> p.cells().isEmpty()).map(Paragraph::text)
                .collect(Collectors.joining(""));
        String text = (section.heading() == null ? "" : section.heading()) + (own.isEmpty() ? "" : "。" + own);
        text = text.replace("。。", "。");
        Double percent = RowFigures.percentInText(text);
        Double lag = RowFigures.lagInText(text);
        Optional<StatusReading> wording = lexicon.inText(text);
        if (wording.isPresent() || percent != null || lag != null) {
            StatusReading status = statuses.decide(wording, percent, lag);
            out.add(new ProgressRow(section.line(), name(text), units.inText(text), text, percent, lag,
                    status == null ? null : status.status(), status == null ? null : status.statusText(), null));
        }
        section.children().forEach(c -> read(c, statuses, out));
    }

    private String name(String text) {
        String first = text.split("[。；]", 2)[0];
        int bracket = first.indexOf('（') >= 0 ? first.indexOf('（') : first.indexOf('(');
        String name = bracket > 0 ? first.substring(0, bracket) : first;
        return units.withoutUnits(name).strip();
    }
}
