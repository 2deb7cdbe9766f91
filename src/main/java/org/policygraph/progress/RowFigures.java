package org.policygraph.progress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures of a row: its percentage of completion and how many points it is behind the expected progress. */
final class RowFigures {
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)");
    private static final Pattern TEXT_PERCENT = Pattern.compile(
            "(?:完成|达到|占)[^，。；]{0,14}?(?:的|比例为?|率为?|进度为?)\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]"
                    + "|(?:完成进度|工作进度|总体进度|进度)\\s*(?:为|达|达到)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final Pattern LAG = Pattern.compile(
            "(?:滞后|落后|低于)(?:于)?(?:序时进度|时间进度|序时)\\s*(\\d+(?:\\.\\d+)?)\\s*个?百分点");

    private RowFigures() {
    }

    /** The number of a percentage cell (「55%」, 「55」), null when it holds none. */
    static Double percentCell(String cell) {
        Matcher m = NUMBER.matcher(cell == null ? "" : cell);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    /** The completion percentage running text states (「完成年度目标的55%」, 「进度为80%」), else null. */
    static Double percentInText(String text) {
        Matcher m = TEXT_PERCENT.matcher(text == null ? "" : text);
        Double found = null;
        while (m.find()) {
            found = Double.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return found;
    }

    /** Points behind the expected progress the text states (「滞后序时进度12个百分点」), else null. */
    static Double lagInText(String text) {
        Matcher m = LAG.matcher(text == null ? "" : text);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }
}
