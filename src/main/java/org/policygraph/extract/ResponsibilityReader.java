package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every way a text names responsible units: 牵头单位：/责任单位：/配合单位： labels (several on one line),
 * trailing bracketed lists with or without a label, 「X牵头，Y等按职责分工负责」, 「由X牵头，会同Y」, 「由X、Y会同…」.
 */
final class ResponsibilityReader {
    static final String LABELS = "牵头单位|牵头部门|责任单位|责任部门|负责单位|配合单位|配合部门|协办单位|参与单位|主办单位";
    private static final Pattern LABELLED = Pattern.compile(
            "(" + LABELS + ")\\s*[:：]\\s*(.+?)(?=[，,；;。]?\\s*(?:" + LABELS + "|完成时间|完成时限)\\s*[:：]|。|；|;|$)");
    private static final Pattern BRACKETED = Pattern.compile("[（(]((?:[^（）()]|[（(][^（）()]*[）)])+)[）)]");
    private static final Pattern TOGETHER = Pattern.compile("由([^，,。；;：:]{2,60}?)(?:牵头[，,]?)?会同([^，,。；;：:]{2,120}?)(?=等|[，,。；;]|组成|根据|按照|$)");
    private static final Pattern FOLLOWERS = Pattern.compile("^[，,]?([^，,。；;：:]{2,120}?)(?:等部门|等单位)?(?:配合|参与|协助|按职责分工负责|职责分工负责|分工负责)");

    private static final Pattern NUMBERING = Pattern.compile("^[（(]?[一二三四五六七八九十\\d]+[）)、.．]\\s*");

    private ResponsibilityReader() {
    }

    /** Lists found in a label line or a table row, whose whole text is about units. */
    static List<UnitList> readLabelled(String text) {
        List<UnitList> out = new ArrayList<>();
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            String label = m.group(1);
            UnitList.Kind kind = label.startsWith("牵头") ? UnitList.Kind.LEAD
                    : label.startsWith("配合") || label.startsWith("协办") || label.startsWith("参与")
                    ? UnitList.Kind.SUPPORT : UnitList.Kind.PLAIN;
            out.addAll(readValue(m.group(2), kind, m.group()));
        }
        return out;
    }

    /** Lists inside running text: bracketed lists, 「X牵头」 clauses, 「由X会同Y」. */
    static List<UnitList> readInline(String text) {
        List<UnitList> out = new ArrayList<>();
        StringBuilder outside = new StringBuilder(text);
        Matcher b = BRACKETED.matcher(text);
        while (b.find()) {
            String inner = b.group(1);
            List<UnitList> lists = Labels.startsWithLabel(inner) ? readLabelled(inner)
                    : readValue(inner, UnitList.Kind.PLAIN, b.group());
            if (!lists.isEmpty()) {
                out.addAll(lists);
                blank(outside, b.start(), b.end());
            }
        }
        Matcher labelled = LABELLED.matcher(outside);
        while (labelled.find()) {
            out.addAll(readLabelled(labelled.group()));
            blank(outside, labelled.start(), labelled.end());
        }
        out.addAll(readSentences(outside.toString()));
        return out;
    }

    private static List<UnitList> readSentences(String text) {
        List<UnitList> out = new ArrayList<>();
        Matcher t = TOGETHER.matcher(text.contains("会同") ? text : "");
        StringBuilder rest = new StringBuilder(text);
        while (t.find()) {
            List<String> leads = UnitListSplitter.split(t.group(1));
            if (UnitListSplitter.isUnitList(leads)) {
                out.add(new UnitList(leads, UnitList.Kind.LEAD, t.group()));
                List<String> partners = UnitListSplitter.split(t.group(2));
                if (UnitListSplitter.isUnitList(partners)) {
                    out.add(new UnitList(partners, UnitList.Kind.SUPPORT, t.group()));
                }
                blank(rest, t.start(), t.end());
            }
        }
        for (int at = rest.indexOf("牵头"); at >= 0; at = rest.indexOf("牵头", at + 2)) {
            int start = at;
            while (start > 0 && "，,。；;：:".indexOf(rest.charAt(start - 1)) < 0) {
                start--;
            }
            String candidate = rest.substring(start, at);
            int by = candidate.lastIndexOf('由');
            candidate = by >= 0 ? candidate.substring(by + 1) : NUMBERING.matcher(candidate).replaceFirst("");
            List<String> leads = UnitListSplitter.split(candidate);
            if (!UnitListSplitter.isUnitList(leads)) {
                continue;
            }
            out.add(new UnitList(leads, UnitList.Kind.LEAD, rest.substring(start, at + 2).trim()));
            Matcher f = FOLLOWERS.matcher(stripPrefix(rest.substring(at + 2), "负责"));
            if (f.find()) {
                List<String> followers = UnitListSplitter.split(f.group(1));
                if (UnitListSplitter.isUnitList(followers)) {
                    out.add(new UnitList(followers, UnitList.Kind.SUPPORT, f.group().trim()));
                }
            }
        }
        return out;
    }

    /** A label's or a bracket's value: clauses with 牵头 lead, the others support a lead or stand as plain lists. */
    static List<UnitList> readValue(String value, UnitList.Kind kind, String quote) {
        List<UnitList> out = new ArrayList<>();
        boolean leadSeen = false;
        for (String clause : Clauses.split(value)) {
            UnitList.Kind k = kind;
            String units = clause;
            int lead = clause.indexOf("牵头");
            if (lead > 0) {
                units = clause.substring(0, lead);
                k = UnitList.Kind.LEAD;
            } else if (leadSeen && kind == UnitList.Kind.PLAIN) {
                k = UnitList.Kind.SUPPORT;
            }
            List<String> mentions = UnitListSplitter.split(units);
            if (!UnitListSplitter.isUnitList(mentions)) {
                return kind == UnitList.Kind.PLAIN && out.isEmpty() ? List.of() : out;
            }
            leadSeen |= k == UnitList.Kind.LEAD;
            out.add(new UnitList(mentions, k, quote.trim()));
        }
        return out;
    }

    private static String stripPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, '。');
        }
    }
}
