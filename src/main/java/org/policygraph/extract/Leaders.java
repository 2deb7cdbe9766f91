package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a leader cell or label names (分管县领导：俞悦; 「陆 明俞 悦」): names without the stray spaces of a
 * flattened table, titles apart. People are never units: a cell that names a unit gives nobody.
 */
final class Leaders {
    private static final Pattern SEPARATOR = Pattern.compile("[、，,；;/／]+");
    private static final Pattern TITLE_IN_BRACKETS = Pattern.compile("[（(]([^）)]{1,12})[）)]");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "^(.{0,8}?(?:副?(?:省长|市长|区长|县长|镇长|乡长|主任|书记|局长|部长|主席)|秘书长|常委))(.{2,4})$");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");
    /** Names of two characters are the rule; four characters with no separator are two of them run together. */
    private static final int RUN_TOGETHER = 4;

    private Leaders() {
    }

    /** The leaders as {name, title} pairs written "name" or "name（title）"; title may be null. */
    static List<Leader> read(String written, String quote) {
        List<Leader> out = new ArrayList<>();
        for (String part : SEPARATOR.split(written.replaceAll("[\\s\u3000]+", ""))) {
            String title = null;
            Matcher bracket = TITLE_IN_BRACKETS.matcher(part);
            if (bracket.find()) {
                title = bracket.group(1);
                part = bracket.replaceAll("");
            }
            Matcher before = TITLE_BEFORE.matcher(part);
            if (title == null && before.matches()) {
                title = before.group(1);
                part = before.group(2);
            }
            if (!NAME.matcher(part).matches() || UnitKinds.isUnit(part)) {
                continue;
            }
            if (part.length() == RUN_TOGETHER && title == null) {
                out.add(new Leader(part.substring(0, 2), null, quote));
                out.add(new Leader(part.substring(2), null, quote));
            } else {
                out.add(new Leader(part, title, quote));
            }
        }
        return out;
    }
}
