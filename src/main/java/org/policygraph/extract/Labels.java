package org.policygraph.extract;

import java.util.regex.Pattern;

/** Recognises the label lines that qualify the block above them: 牵头单位：… 责任单位：… 完成时间：… */
final class Labels {
    static final String DEADLINE_LABELS = "完成时间|完成时限|时间节点|时间要求|完成期限";
    private static final Pattern LABEL_START = Pattern.compile(
            "^\\s*[（(]?\\s*(" + ResponsibilityReader.LABELS + "|" + DEADLINE_LABELS + ")\\s*[:：]");
    private static final Pattern RESPONSIBILITY_START = Pattern.compile(
            "^\\s*[（(]?\\s*(" + ResponsibilityReader.LABELS + ")\\s*[:：]");

    private Labels() {
    }

    static boolean startsWithLabel(String text) {
        return LABEL_START.matcher(text).find();
    }

    static boolean isResponsibilityLine(String text) {
        return RESPONSIBILITY_START.matcher(text).find();
    }
}
