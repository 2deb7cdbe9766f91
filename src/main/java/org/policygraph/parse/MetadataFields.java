package org.policygraph.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The labels of a government site's metadata block ({@code graph-import/metadata-fields.tsv}: 索引号, 文号, 发文机关,
 * 成文日期, 标题…) and the fields a raw line of such a block holds: 「文号：X」, 「索 引 号 X 发文日期 Y」 (several pairs on
 * one line), a table row 「发文机关 | X | 成文日期 | Y」 (TAB or pipe between cells), or a label alone.
 */
final class MetadataFields {
    private static final String RESOURCE = "graph-import/metadata-fields.tsv";
    private static final MetadataFields LOADED = load();
    /** Where a label may stand: the line's start, or after a space, a TAB or a cell's pipe. */
    private static final String BOUNDARY = "(?:^|(?<=[\\s|｜\u3000]))";
    /** What may follow a label: a colon, a space, a cell's end, or the line's end. */
    private static final String AFTER = "(?=[:：\\s|｜\u3000]|$)";
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s:：|｜\u3000]+|[\\s:：|｜\u3000]+$");

    /** What a label names. */
    enum Field { INDEX, NUMBER, ISSUER, WRITTEN, ISSUED, PUBLISHED, TITLE, SOURCE, SUBJECT, VALIDITY, OTHER }

    /** One label of a line and the value after it (empty when the value stands on the next line). */
    record Entry(Field field, String value) {
    }

    private final Map<String, Field> fields;
    private final Pattern label;
    private final Pattern spaced;

    private MetadataFields(Map<String, Field> fields) {
        this.fields = fields;
        this.spaced = Pattern.compile(alternation(fields));
        this.label = Pattern.compile(BOUNDARY + "(" + spaced.pattern() + ")" + AFTER);
    }

    static MetadataFields get() {
        return LOADED;
    }

    /** Every label wording (spaces inside allowed), longest first, as a regex alternation. */
    String labelPattern() {
        return spaced.pattern();
    }

    /** The labels and values of a raw line that opens with a label, in order; empty for any other line. */
    List<Entry> read(String raw) {
        String line = SEPARATORS.matcher(raw == null ? "" : raw).replaceAll("");
        Matcher m = label.matcher(line);
        List<int[]> at = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(1), m.end(1)});
        }
        if (at.isEmpty() || at.get(0)[0] != 0) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (int k = 0; k < at.size(); k++) {
            String wording = line.substring(at.get(k)[0], at.get(k)[1]).replaceAll("[\\s\u3000]", "");
            int end = k + 1 < at.size() ? at.get(k + 1)[0] : line.length();
            // a table's merged cell is repeated in every column it covers: the value is its first cell
            String value = SEPARATORS.matcher(line.substring(at.get(k)[1], end)).replaceAll("").split("[\t|｜]")[0].strip();
            out.add(new Entry(fields.get(wording), value));
        }
        return out;
    }

    /** The wordings, longest first, each allowing spaces between its characters (索 引 号). */
    private static String alternation(Map<String, Field> fields) {
        return fields.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> w.codePoints().mapToObj(c -> Pattern.quote(Character.toString(c)))
                        .collect(Collectors.joining("[ \\t\u3000]*")))
                .collect(Collectors.joining("|"));
    }

    private static MetadataFields load() {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (String line : ResourceLines.of(RESOURCE)) {
            String[] cols = line.strip().split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException(RESOURCE + ": a row needs wording and field: " + line);
            }
            fields.put(cols[0].strip(), Field.valueOf(cols[1].strip().toUpperCase()));
        }
        return new MetadataFields(Map.copyOf(fields));
    }
}
