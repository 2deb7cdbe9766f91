package org.policygraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.parse.RoleLexicon;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * Roles named in running sentences: 「由X牵头，会同Y」, 「由X、Y会同…」, 「X要会同Y」, 「X牵头，Y等配合」,
 * 「X：负责…」, 「X、Y共同负责」, 「发挥X的综合协调作用」.
 */
final class SentenceRoles {
    private static final Pattern TOGETHER = Pattern.compile("由([^，,。；;：:]{2,60}?)(?:牵头[，,]?)?会同([^，,。；;：:]{2,120}?)(?=等|[，,。；;]|组成|根据|按照|$)");
    /** The units after a lead that support it: 「，Y、Z等部门配合」, 「，Y参与」 (support verbs of roles.tsv). */
    private static final Pattern FOLLOWERS = Pattern.compile("^[，,]?([^，,。；;：:]{2,120}?)(?:等部门|等单位)?(?:"
            + RoleLexicon.get().verbPattern(EnumSet.of(Field.SUPPORT)) + "|按职责分工负责|职责分工负责|分工负责)");
    private static final Pattern MODAL_TAIL = Pattern.compile("(要|应|应当|将|负责|根据需要|牵头|受委托|具体)+$");
    private static final Pattern PARTNERS = Pattern.compile("([^，,。；;：:]{2,120}?)(?=等|[，,。；;]|组成|根据|按照|$)");
    private static final Pattern DIVISION = Pattern.compile("(按|按照)?(职责)?分工$|按职责$");
    private static final Pattern IN_CHARGE_TAIL = Pattern.compile(
            "(等部门|等单位|等)?(按照|按)?(职责)?(分工)?([:：]|要|应|共同|具体|统一|分别)*$");
    private static final Pattern COORDINATOR = Pattern.compile(
            "(?:发挥|强化)([^，,。；;：:]{2,40}?)的?(?:综合|统筹)?(?:协调|牵头|统筹)作用");

    /** A unit that opens a clause as the subject of a duty: 「区绩效考评机构要将…」, 「区政府办公室将定期跟踪督办」. */
    private static final Pattern SUBJECT = Pattern.compile("(?:^|(?<=[。；;，,：:]))\\s*([^，,。；;：:、]{3,30}?)(?:要|将|应当|应|须|必须)(?=[\\u4e00-\\u9fa5])");

    private static final Pattern UNIT_COLON = Pattern.compile("([^，,。；;：:（(]{2,40}?)[：:](?!\\s*负责)");

    private SentenceRoles() {
    }

    /**
     * Where a text names no unit in any other way, the units that are the subjects of its duties, first-listed in
     * the order written. Only units that say whose they are (区…, 市…) count: 各责任单位 is nobody in particular.
     */
    static List<UnitList> subjects(String text) {
        List<UnitList> out = new ArrayList<>();
        Matcher m = SUBJECT.matcher(text);
        while (m.find()) {
            List<String> units = UnitListSplitter.split(m.group(1));
            if (units.size() == 1 && UnitListSplitter.isUnitList(units) && UnitNames.levelPrefix(units.get(0)) != null
                    && !UnitKinds.kind(units.get(0)).equals("collective")) {
                out.add(new UnitList(units, UnitList.Kind.PLAIN, m.group().trim()));
            }
        }
        return out;
    }

    static List<UnitList> read(String text) {
        List<UnitList> out = new ArrayList<>();
        Matcher t = TOGETHER.matcher(text.contains("会同") ? text : "");
        StringBuilder rest = new StringBuilder(text);
        while (t.find()) {
            List<String> leads = UnitListSplitter.split(t.group(1));
            if (UnitListSplitter.isUnitList(leads)) {
                out.add(new UnitList(leads, UnitList.Kind.LEAD, t.group()));
                List<String> partners = UnitListSplitter.cutTrailingWords(UnitListSplitter.split(t.group(2)));
                if (UnitListSplitter.isUnitList(partners)) {
                    out.add(new UnitList(partners, UnitList.Kind.SUPPORT, t.group()));
                }
                ResponsibilityReader.blank(rest, t.start(), t.end());
            }
        }
        out.addAll(readWorkingWith(rest));
        out.addAll(readInCharge(rest));
        out.addAll(readUnitColon(rest.toString()));
        Matcher c = COORDINATOR.matcher(rest);
        while (c.find()) {
            List<String> units = UnitListSplitter.split(c.group(1));
            if (UnitListSplitter.isUnitList(units)) {
                out.add(new UnitList(units, UnitList.Kind.LEAD, c.group()));
            }
        }
        for (int at = rest.indexOf("牵头"); at >= 0; at = rest.indexOf("牵头", at + 2)) {
            int start = at;
            while (start > 0 && "，,。；;：:（(【〔[".indexOf(rest.charAt(start - 1)) < 0) {
                start--;
            }
            String candidate = rest.substring(start, at);
            int by = candidate.lastIndexOf('由');
            candidate = by >= 0 ? candidate.substring(by + 1) : ResponsibilityReader.NUMBERING.matcher(candidate).replaceFirst("");
            candidate = ResponsibilityReader.CO_LEAD.matcher(candidate).replaceFirst("");
            List<String> leads = UnitListSplitter.split(candidate);
            if (!UnitListSplitter.isUnitList(leads)) {
                continue;
            }
            out.add(new UnitList(leads, UnitList.Kind.LEAD, rest.substring(start, at + 2).trim()));
            out.addAll(followers(stripPrefix(rest.substring(at + 2), "负责")));
        }
        return out;
    }

    /** 「市工信委要会同有关部门…」: the unit that opens the clause before 会同 leads, a unit list after it supports. */
    private static List<UnitList> readWorkingWith(StringBuilder text) {
        List<UnitList> out = new ArrayList<>();
        for (int at = text.indexOf("会同"); at >= 0; at = text.indexOf("会同", at + 2)) {
            int start = at;
            while (start > 0 && "。；;".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            List<String> clauses = Clauses.split(text.substring(start, at));
            if (clauses.isEmpty()) {
                continue;
            }
            String subject = MODAL_TAIL.matcher(clauses.get(clauses.size() - 1)).replaceFirst("");
            subject = subject.substring(subject.lastIndexOf("委托") < 0 ? 0 : subject.lastIndexOf("委托") + 2);
            List<String> leads = UnitListSplitter.split(ResponsibilityReader.NUMBERING.matcher(subject).replaceFirst(""));
            if (!UnitListSplitter.isUnitList(leads)) {
                continue;
            }
            out.add(new UnitList(leads, UnitList.Kind.LEAD, text.substring(start, at + 2).trim()));
            Matcher partners = PARTNERS.matcher(text.substring(at + 2));
            if (partners.lookingAt() && UnitListSplitter.isUnitList(UnitListSplitter.split(partners.group(1)))) {
                out.add(new UnitList(UnitListSplitter.split(partners.group(1)), UnitList.Kind.SUPPORT, partners.group()));
            }
        }
        return out;
    }

    /**
     * 「16. 市商务局：负责…」, 「市财政局、市商务局共同负责…」 name the units in charge (explicit); 「X、Y等按职责分工负责」
     * in running text is a plain list.
     */
    private static List<UnitList> readInCharge(StringBuilder text) {
        List<UnitList> out = new ArrayList<>();
        for (int at = text.indexOf("负责"); at >= 0; at = text.indexOf("负责", at + 2)) {
            int start = at;
            while (start > 0 && "，,。；;".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            String clause = text.substring(start, at);
            clause = clause.substring(clause.lastIndexOf('由') + 1);
            if (clause.endsWith("牵头")) {
                continue;
            }
            boolean shared = DIVISION.matcher(clause).find();
            String units = IN_CHARGE_TAIL.matcher(ResponsibilityReader.NUMBERING.matcher(clause.trim()).replaceFirst("")).replaceFirst("");
            List<String> mentions = UnitListSplitter.split(units);
            if (UnitListSplitter.isUnitList(mentions)) {
                out.add(new UnitList(mentions, shared ? UnitList.Kind.PLAIN : UnitList.Kind.LEAD,
                        text.substring(start, at + 2).trim()));
                out.addAll(followers(text.substring(at + 2)));
            }
        }
        return out;
    }

    /**
     * 「2. 市统计局：全市服务业、建筑业统计工作的业务主管部门。负责指导…」: a division of duties written one unit a
     * line, the unit before the colon in charge of what follows it (「X：负责…」 is read with the other 负责 clauses).
     */
    private static List<UnitList> readUnitColon(String text) {
        String opening = ResponsibilityReader.NUMBERING.matcher(text.stripLeading()).replaceFirst("");
        Matcher m = UNIT_COLON.matcher(opening);
        if (!m.lookingAt() || Labels.startsWithLabel(opening)) {
            return List.of();
        }
        List<String> units = UnitListSplitter.split(m.group(1));
        return UnitListSplitter.isUnitList(units) ? List.of(new UnitList(units, UnitList.Kind.LEAD, m.group().trim()))
                : List.of();
    }

    /** The units that follow a lead in the next clause and support it: 「，Y、Z等部门配合」, 「，Y参与」. */
    private static List<UnitList> followers(String after) {
        Matcher f = FOLLOWERS.matcher(after);
        if (f.find()) {
            List<String> followers = UnitListSplitter.split(f.group(1));
            if (UnitListSplitter.isUnitList(followers)) {
                return List.of(new UnitList(followers, UnitList.Kind.SUPPORT, f.group().trim()));
            }
        }
        return List.of();
    }

    private static String stripPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
