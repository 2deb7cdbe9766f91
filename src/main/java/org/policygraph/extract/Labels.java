package org.policygraph.extract;

import java.util.EnumSet;
import java.util.regex.Pattern;
import org.policygraph.parse.RoleLexicon;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * Recognises the label lines that qualify the block above them (牵头单位：… 责任单位：… 分管领导：… 完成时间：…), with
 * the wordings of {@code graph-import/roles.tsv}, opened by any bracket or none.
 */
final class Labels {
    static final String DEADLINE_LABELS = RoleLexicon.get().labelPattern(EnumSet.of(Field.DEADLINE));
    /** Every label that qualifies a task: its units, its people, its time limit. */
    static final String TASK_LABELS = ResponsibilityReader.LABELS + "|" + DEADLINE_LABELS;
    private static final String OPEN = "^\\s*[（(〔【\\[]?\\s*(";
    private static final Pattern LABEL_START = Pattern.compile(OPEN + TASK_LABELS + ")\\s*[:：]");
    private static final Pattern RESPONSIBILITY_START = Pattern.compile(OPEN + ResponsibilityReader.LABELS + ")\\s*[:：]");

    private Labels() {
    }

    static boolean startsWithLabel(String text) {
        return LABEL_START.matcher(text).find();
    }

    static boolean isResponsibilityLine(String text) {
        return RESPONSIBILITY_START.matcher(text).find();
    }
}
