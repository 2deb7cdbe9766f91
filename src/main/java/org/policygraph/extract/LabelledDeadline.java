package org.policygraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A due date given under a time-limit label (「完成时间：2017年6月底前」, 「拟提请市政府审议时间：2017年7月」, a 完成时限 cell):
 * any date form counts there, and a cell that stages several dates keeps the whole cell.
 */
final class LabelledDeadline {
    private static final Pattern LABELLED = Pattern.compile(
            "(?:" + Labels.DEADLINE_LABELS + "|[^；;：:，,。]{0,12}时间)[:：]([^；;。]+)");
    /** A quick look for a time-limit label (roles.tsv) or a …时间 before the full pattern runs. */
    private static final Pattern LABEL_WORDS = Pattern.compile(Labels.DEADLINE_LABELS + "|时间");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NEXT_LABEL = Pattern.compile("[:：]");

    private LabelledDeadline() {
    }

    /** A date given under a 完成时间/…时间 label (any form counts there). */
    static Optional<Deadline> read(String text, Integer docYear) {
        if (!LABEL_WORDS.matcher(text).find()) {
            return Optional.empty();
        }
        String flat = SPACES.matcher(text).replaceAll("");
        Matcher m = LABELLED.matcher(flat);
        while (m.find()) {
            Optional<Deadline> d = DeadlineReader.readCell(m.group(1), docYear);
            if (d.isPresent()) {
                String cell = wholeCell(flat, m.start(1));
                return staged(cell) ? d.map(found -> found.withCell(cell)) : d;
            }
        }
        return Optional.empty();
    }

    /** The cell from its first date to the end of its sentence or bracket: its stages are split by ；. */
    private static String wholeCell(String text, int from) {
        int end = from;
        while (end < text.length() && "。）)".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String cell = text.substring(from, end);
        // 「…；责任单位：…」: the next label ends it
        Matcher label = NEXT_LABEL.matcher(cell);
        int colon = label.find() ? label.start() : -1;
        if (colon > 0) {
            int stop = Math.max(Math.max(cell.lastIndexOf('；', colon), cell.lastIndexOf(';', colon)),
                    Math.max(cell.lastIndexOf('，', colon), cell.lastIndexOf(',', colon)));
            cell = stop > 0 ? cell.substring(0, stop) : cell;
        }
        return cell;
    }

    /** A cell that writes more than one date: a schedule of stages, each due on its own date. */
    private static boolean staged(String cell) {
        Matcher m = DueDates.DATE.matcher(cell);
        int dates = 0;
        while (m.find()) {
            if (!m.group().isEmpty() && (m.group(3) != null || m.group(6) != null || m.group(7) != null)) {
                dates++;
            }
        }
        return dates > 1;
    }
}
