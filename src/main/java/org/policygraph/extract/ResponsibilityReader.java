package org.policygraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.parse.RoleLexicon;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * Reads every way a text names responsible units: 牵头单位：/责任单位：/配合单位： labels (several on one line),
 * trailing bracketed lists with or without a label, 「X牵头，Y等按职责分工负责」, 「由X牵头，会同Y」, 「由X、Y会同…」.
 */
final class ResponsibilityReader {
    private static final RoleLexicon LEXICON = RoleLexicon.get();
    /** The labels whose value is a list of units or of people: 牵头单位, 配合部门, 实施单位, 分管领导… (roles.tsv). */
    static final String LABELS = LEXICON.labelPattern(EnumSet.of(Field.LEAD, Field.CO_LEAD, Field.RESPONSIBLE,
            Field.SUPPORT, Field.IMPLEMENTER, Field.LEADER));
    /** A clause after a label's list that names its units by a role verb: 「责任单位：X牵头；Y、Z配合」. */
    private static final String VERB_CLAUSE = "[^；;。:：]{2,160}?(?:" + LEXICON.verbPattern(EnumSet.allOf(Field.class))
            + ")(?=[；;。]|$)";
    private static final Pattern LABELLED = Pattern.compile("(" + LABELS + ")\\s*[:：]\\s*(.+?)(?=[，,；;。]?\\s*(?:"
            + LEXICON.anyLabelPattern() + ")\\s*[:：]|。|[；;](?!" + VERB_CLAUSE + ")|$)");
    /** A bracketed aside of any kind: （…） (…) 〔…〕 【…】 […], with one level of brackets inside. */
    private static final Pattern BRACKETED = Pattern.compile(
            "[（(〔【\\[]((?:[^（）()〔〕【】\\[\\]]|[（(〔【\\[][^（）()〔〕【】\\[\\]]*[）)〕】\\]])+)[）)〕】\\]]");

    /** A label line in brackets of its own: 「〔牵头单位：X，配合单位：Y〕」. */
    private static final Pattern ENCLOSED = Pattern.compile("^\\s*[（(〔【\\[](.*)[）)〕】\\]]\\s*$");

    /** 「X、Y分别牵头」 (co-leads), 「X、Y共同牵头」: the adverb is not part of the last name. */
    static final Pattern CO_LEAD = Pattern.compile("(分别|共同|联合|各自)$");
    /** A remark closing a unit list: 「…、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)」. */
    private static final Pattern REMARK = Pattern.compile("[（(][^（）()]*(牵头|下同|排名|为准|负责)[^（）()]*[）)]\\s*$");
    private static final Pattern MARKED_LEAD = Pattern.compile("[（(]\\s*牵头(单位)?\\s*[）)]");
    private static final Pattern NAME_AFTER_LEAD = Pattern.compile("(责任)?(单位|部门|处室|科室)");
    static final Pattern NUMBERING = Pattern.compile("^[（(]?[一二三四五六七八九十\\d]+[）)、.．]\\s*");

    private ResponsibilityReader() {
    }

    /** Lists found in a label line or a table row, whose whole text is about units. */
    static List<UnitList> readLabelled(String text) {
        List<UnitList> out = new ArrayList<>();
        Matcher m = LABELLED.matcher(ENCLOSED.matcher(text).replaceFirst("$1"));
        while (m.find()) {
            UnitList.Kind kind = kindOf(LEXICON.label(m.group(1)).orElse(Field.RESPONSIBLE));
            out.addAll(readValue(m.group(2), kind, m.group()));
        }
        return out;
    }

    private static UnitList.Kind kindOf(Field field) {
        return switch (field) {
            case LEAD, CO_LEAD -> UnitList.Kind.LEAD;
            case SUPPORT -> UnitList.Kind.SUPPORT;
            case IMPLEMENTER -> UnitList.Kind.IMPLEMENTER;
            case LEADER -> UnitList.Kind.LEADER;
            default -> UnitList.Kind.PLAIN;
        };
    }

    /** A table row: its labelled cells, or, in a row whose header was lost, the cells that read as unit lists. */
    static List<UnitList> readRow(String text) {
        List<UnitList> labelled = readLabelled(text);
        if (!labelled.isEmpty()) {
            return labelled;
        }
        List<UnitList> out = new ArrayList<>();
        for (String cell : text.split("[；;]")) {
            String c = cell.trim();
            if (c.contains("牵头") || c.endsWith("负责")) {
                out.addAll(readValue(c, UnitList.Kind.PLAIN, c));
            }
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
            if (inner.isBlank()) {
                continue;
            }
            List<UnitList> lists = Labels.startsWithLabel(inner) ? readLabelled(inner)
                    : UnitListSplitter.isBracketList(UnitListSplitter.split(Clauses.split(inner).get(0)))
                    ? readValue(inner, UnitList.Kind.PLAIN, b.group()) : List.of();
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
        out.addAll(SentenceRoles.read(outside.toString()));
        return out;
    }

    /** A label's or a bracket's value: clauses with 牵头 lead, the others support a lead or stand as plain lists. */
    static List<UnitList> readValue(String written, UnitList.Kind kind, String quote) {
        if (kind == UnitList.Kind.LEADER) {
            return Leaders.read(written, quote).isEmpty() ? List.of() : List.of(new UnitList(List.of(written), kind, quote.trim()));
        }
        String value = REMARK.matcher(written).replaceFirst("");
        if (MARKED_LEAD.matcher(value).find()) {
            return markedLeads(value, quote);
        }
        List<UnitList> out = new ArrayList<>();
        boolean leadSeen = false;
        for (String clause : Clauses.split(value)) {
            UnitList.Kind k = kind;
            String units = clause;
            int lead = leadVerb(clause);
            if (lead > 0) {
                units = CO_LEAD.matcher(clause.substring(0, lead)).replaceFirst("");
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

    /** Where 牵头 is said of the units before it; not in a name such as 各项目牵头单位. */
    private static int leadVerb(String clause) {
        for (int at = clause.indexOf("牵头"); at >= 0; at = clause.indexOf("牵头", at + 2)) {
            if (!NAME_AFTER_LEAD.matcher(clause).region(at + 2, clause.length()).lookingAt()) {
                return at;
            }
        }
        return -1;
    }

    /** 「市发改委（牵头）、市财政局、市商务局」: the marked units lead, the others support. */
    private static List<UnitList> markedLeads(String value, String quote) {
        List<String> leads = new ArrayList<>();
        List<String> supports = new ArrayList<>();
        for (String mention : UnitListSplitter.split(value)) {
            Matcher marked = MARKED_LEAD.matcher(mention);
            (marked.find() ? leads : supports).add(marked.replaceAll(""));
        }
        List<String> all = new ArrayList<>(leads);
        all.addAll(supports);
        if (leads.isEmpty() || !UnitListSplitter.isUnitList(all)) {
            return List.of();
        }
        List<UnitList> out = new ArrayList<>();
        out.add(new UnitList(leads, UnitList.Kind.LEAD, quote.trim()));
        if (!supports.isEmpty()) {
            out.add(new UnitList(supports, UnitList.Kind.SUPPORT, quote.trim()));
        }
        return out;
    }

    static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, '。');
        }
    }
}
