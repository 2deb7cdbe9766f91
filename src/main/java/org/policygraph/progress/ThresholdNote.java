package org.policygraph.progress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's own definition of late: 「滞后序时进度10个百分点以上为严重滞后」, 「低于序时进度5个百分点（含）以上的
 * 视为滞后」. The status after 为/视为/列为 is read through the lexicon; a note not found keeps the defaults.
 */
public final class ThresholdNote {
    private static final Pattern NOTE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*个百分点[^，。；为]{0,8}?(?:的)?(?:视为|列为|定为|认定为|为)[“「\"]?([^，。；”」\"）)]{1,8})");
    private final StatusLexicon lexicon;

    public ThresholdNote(StatusLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Thresholds read(String text, Thresholds defaults) {
        double late = defaults.late();
        double serious = defaults.seriouslyLate();
        Matcher m = NOTE.matcher(text == null ? "" : text);
        while (m.find()) {
            double points = Double.parseDouble(m.group(1));
            String status = lexicon.inCell(m.group(2)).map(StatusReading::status).orElse("");
            if (status.equals("seriously-late")) {
                serious = points;
            } else if (status.equals("late")) {
                late = points;
            }
        }
        return new Thresholds(late, Math.max(late, serious));
    }
}
