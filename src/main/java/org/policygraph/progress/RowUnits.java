package org.policygraph.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The responsible units a report row names: a unit cell, a bracket 「（市工信委、市科技局）」 or
 * 「（牵头单位：市工信委）」, or a label 「牵头单位：市工信委」. A bracket counts when its first item has a unit's
 * form (ends like 局, 委, 办, 中心, 政府…).
 */
final class RowUnits {
    private static final Pattern BRACKET = Pattern.compile("[（(〔【]([^（）()〔〕【】]{2,60})[）)〕】]");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;/]|和|及|会同");
    private static final Pattern UNIT_FORM = Pattern.compile(
            ".{1,20}(局|委|办|厅|院|会|中心|政府|区|县|集团|公司|所|队|处|部|室|站|馆|行|社|团|联|组)$");
    private final List<String> labels;

    RowUnits(List<String> labels) {
        this.labels = labels.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** The units of a unit cell, in order. */
    List<String> ofCell(String cell) {
        return split(stripLabels(cell == null ? "" : cell));
    }

    /** The units running text names for its row, the first bracket or label that holds units; else none. */
    List<String> inText(String text) {
        for (String label : labels) {
            int at = text.indexOf(label);
            if (at >= 0) {
                String after = text.substring(at + label.length()).replaceFirst("^[：:\\s]+", "");
                List<String> units = split(after.split("[）)。；;]", 2)[0]);
                if (!units.isEmpty()) {
                    return units;
                }
            }
        }
        Matcher m = BRACKET.matcher(text);
        while (m.find()) {
            List<String> units = split(stripLabels(m.group(1)));
            if (!units.isEmpty()) {
                return units;
            }
        }
        return List.of();
    }

    /** The text without the bracket or label that named its units. */
    String withoutUnits(String text) {
        Matcher m = BRACKET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, split(stripLabels(m.group(1))).isEmpty() ? Matcher.quoteReplacement(m.group()) : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    private String stripLabels(String s) {
        String out = s.strip();
        for (String label : labels) {
            out = out.replaceAll(Pattern.quote(label) + "\\s*[：:]?", "、");
        }
        return out;
    }

    private static List<String> split(String s) {
        List<String> units = new ArrayList<>();
        Arrays.stream(SEPARATORS.split(s)).map(String::strip).filter(u -> !u.isEmpty()).forEach(units::add);
        if (units.isEmpty() || !UNIT_FORM.matcher(units.get(0)).matches()) {
            return List.of();
        }
        return units.stream().filter(u -> UNIT_FORM.matcher(u).matches()).toList();
    }
}
