package org.policygraph.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * The cells of one row of a table flattened one cell per line when the row has more or fewer lines than columns:
 * a unit cell written one unit per line (县水务局 / 县住建局), or a row that goes on with a second task under the
 * same unit cell (a merged cell, kept once). Each line goes to the next column whose field (from the header through
 * {@link RoleLexicon}) takes it: a time limit to a deadline column, a short name to a unit or leader column, anything
 * to a task column; a line no later column takes opens a sub-row, whose empty cells repeat the row above.
 */
final class FlatRowCells {
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,4}|[一二三四五六七八九十]{1,3})\\s*(年|月|日|季度)|年底|年末|月底|长期|持续推进|每年|每季|每月");
    private static final Pattern SENTENCE = Pattern.compile("[。；;！？,，]");
    /** What a flattened table writes for an empty cell: 「—」, 「/」, 「无」. */
    private static final Pattern EMPTY_MARK = Pattern.compile("[—\\-/／无]{1,3}");
    private static final int LONGEST_NAME = 30;
    private static final int LONGEST_TIME = 24;
    private final List<Field> fields;

    /** {@code fields}: the field of every column, the ordinal's first; null for a header the lexicon does not know. */
    FlatRowCells(List<Field> fields) {
        this.fields = fields;
    }

    /** The rows (ordinal first) the lines of one numbered row make; empty when the lines do not fit the columns. */
    List<List<String>> rows(String ordinal, List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        String[] current = fresh(ordinal);
        int col = 1;
        int last = -1;
        for (String line : lines) {
            int j = column(current, col, last, line);
            if (j < 0) {
                out.add(Arrays.asList(current));
                current = fresh(ordinal);
                last = -1;
                j = column(current, 1, last, line);
                if (j < 0) {
                    return List.of();
                }
            }
            current[j] = current[j] == null ? line : current[j] + "、" + line;
            last = j;
            col = j;
        }
        out.add(Arrays.asList(current));
        for (int r = 1; r < out.size(); r++) {
            for (int c = 1; c < fields.size(); c++) {
                if (out.get(r).get(c) == null) {
                    out.get(r).set(c, out.get(r - 1).get(c));
                }
            }
        }
        return out.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
    }

    private String[] fresh(String ordinal) {
        String[] cells = new String[fields.size()];
        cells[0] = ordinal;
        return cells;
    }

    private int column(String[] current, int from, int last, String line) {
        for (int j = Math.max(1, from); j < fields.size(); j++) {
            boolean free = current[j] == null || j == last && isList(fields.get(j));
            if (free && takes(fields.get(j), line)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isList(Field field) {
        return field != null && (field.isUnitRole() || field == Field.LEADER);
    }

    private static boolean takes(Field field, String line) {
        if (EMPTY_MARK.matcher(line).matches()) {
            return field != Field.NUMBER;
        }
        boolean time = line.length() <= LONGEST_TIME && TIME.matcher(line).find();
        if (field == Field.DEADLINE || field == Field.PERIOD) {
            return time;
        }
        if (isList(field)) {
            return !time && line.length() <= LONGEST_NAME && !SENTENCE.matcher(line).find();
        }
        return field != Field.NUMBER;
    }
}
