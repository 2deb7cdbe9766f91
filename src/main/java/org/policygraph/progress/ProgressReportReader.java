package org.policygraph.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.parse.Paragraph;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.parse.Section;

/**
 * Recognises a progress report (a title or a short header line with a report's words, and a table whose rows state a
 * status or a percentage, or at least two numbered paragraphs that do) and reads its rows,
 * as-of date and thresholds. Everything it knows of wordings comes from the two data files.
 */
public final class ProgressReportReader {
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern TITLE_END = Pattern.compile("通报|报告|统计表|一览表|汇总表|情况表|情况");
    private static final int HEADER_PARAGRAPHS = 4;
    /** A line longer than this is running text (a plan's preamble asking for 进展情况), not a title. */
    private static final int TITLE_CHARS = 70;
    private final ReportCues cues = new ReportCues();
    private final StatusLexicon lexicon = new StatusLexicon();
    private final RowUnits units = new RowUnits(cues.unitLabels());
    private final TableRowReader tableRows = new TableRowReader(cues, lexicon, units);
    private final TextRowReader textRows = new TextRowReader(lexicon, units);
    private final AsOfReader asOfReader = new AsOfReader();
    private final ThresholdNote notes = new ThresholdNote(lexicon);

    /** The report the document is, or empty when it is no progress report (a plan, a notice…). */
    public Optional<ProgressReport> read(ParsedDocument doc) {
        String head = header(doc);
        if (head.lines().map(ProgressReportReader::titleOnly).filter(t -> t.length() <= TITLE_CHARS)
                .noneMatch(cues::isReportTitle)) {
            return Optional.empty();
        }
        int year = year(doc, head);
        Optional<LocalDate> stated = asOfReader.read(head, year);
        LocalDate asOf = stated.orElse(doc.issuedOn());
        String source = stated.isPresent() ? "header" : doc.issuedOn() != null ? "issued" : null;
        Thresholds thresholds = notes.read(allText(doc), lexicon.defaults());
        RowStatus statuses = new RowStatus(thresholds, asOf);
        List<ProgressRow> table = new ArrayList<>();
        List<ProgressRow> text = new ArrayList<>();
        forEachParagraph(doc, p -> {
            if (!p.cells().isEmpty()) {
                tableRows.read(p, statuses).ifPresent(table::add);
            }
        });
        doc.sections().forEach(s -> textRows.read(s, statuses, text));
        boolean tabled = table.stream().anyMatch(r -> r.status() != null || r.percent() != null);
        if (!tabled && text.size() < 2) {
            return Optional.empty();
        }
        String title = head.lines().map(ProgressReportReader::titleOnly).filter(cues::isReportTitle).findFirst()
                .orElse(doc.title());
        return Optional.of(new ProgressReport(asOf, source, thresholds, tabled ? table : text, planTitles(head), title));
    }

    /** The title and the first paragraphs: where a report says what it is and as of when. */
    private static String header(ParsedDocument doc) {
        StringBuilder head = new StringBuilder(doc.title() == null ? "" : doc.title());
        List<Paragraph> preamble = doc.preamble();
        for (int i = 0; i < Math.min(HEADER_PARAGRAPHS, preamble.size()); i++) {
            if (preamble.get(i).cells().isEmpty()) {
                head.append('\n').append(preamble.get(i).text());
            }
        }
        return head.toString();
    }

    /** A title line without the addressees a joined paragraph may carry after it (「…的通报各县（市、区）…：」). */
    private static String titleOnly(String line) {
        String before = line.split("[：:]", 2)[0];
        Matcher m = TITLE_END.matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end > 0 ? before.substring(0, end) : before;
    }

    private static int year(ParsedDocument doc, String head) {
        Matcher m = YEAR.matcher(head);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        return doc.issuedOn() != null ? doc.issuedOn().getYear() : LocalDate.now().getYear();
    }

    private static List<String> planTitles(String head) {
        List<String> titles = new ArrayList<>();
        Matcher m = QUOTED_TITLE.matcher(head);
        while (m.find()) {
            titles.add(m.group(1));
        }
        titles.add(head.split("\n", 2)[0]);
        return titles;
    }

    private static String allText(ParsedDocument doc) {
        StringBuilder all = new StringBuilder(doc.title() == null ? "" : doc.title());
        forEachParagraph(doc, p -> all.append('\n').append(p.text()));
        return all.toString();
    }

    private static void forEachParagraph(ParsedDocument doc, java.util.function.Consumer<Paragraph> action) {
        doc.preamble().forEach(action);
        doc.sections().forEach(s -> forEachParagraph(s, action));
    }

    private static void forEachParagraph(Section section, java.util.function.Consumer<Paragraph> action) {
        section.paragraphs().forEach(action);
        section.children().forEach(c -> forEachParagraph(c, action));
    }
}
