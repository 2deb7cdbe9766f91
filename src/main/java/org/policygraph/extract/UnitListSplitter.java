package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a written list of units (「市工信委、市国资委，各县（市、区）、开发区等」) into its mentions. */
final class UnitListSplitter {
    private static final Pattern NAMED_BODY = Pattern.compile("(新区|开发区|实验区|高新区|管委会|管理委员会)$|.{4,}(公司|集团)$");
    private static final String LEVEL = "(区|县|市|县级市|乡|镇|乡镇|街道|开发区|园区)";
    /** 「各区、县级市政府」 and 「各区、县级市」 name one collective: 各 and 政府 belong to every level word between. */
    private static final Pattern COLLECTIVE_OPEN = Pattern.compile("^各(有关|相关)?" + LEVEL + "$");
    private static final Pattern COLLECTIVE_MIDDLE = Pattern.compile("^" + LEVEL + "$");
    private static final Pattern COLLECTIVE_CLOSE = Pattern.compile("^" + LEVEL + "(人民)?(政府|办事处|管委会)$");
    private static final Pattern JOINER = Pattern.compile("[及和与](?=[市省各])|(?<=）)(?=各)");

    private UnitListSplitter() {
    }

    static List<String> split(String list) {
        String s = JOINER.matcher(UnitNames.fold(list)).replaceAll("、");
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '（') {
                depth++;
            } else if (c == '）') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && "、，,；;".indexOf(c) >= 0) {
                add(out, current);
            } else {
                current.append(c);
            }
        }
        add(out, current);
        return joinCollectives(out);
    }

    private static List<String> joinCollectives(List<String> mentions) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            int end = i + 1;
            if (COLLECTIVE_OPEN.matcher(mentions.get(i)).matches()) {
                while (end < mentions.size() && COLLECTIVE_MIDDLE.matcher(mentions.get(end)).matches()) {
                    end++;
                }
                // 「各区、县级市政府」 closes on its 政府; 「各区、县级市」 is the same collective without it
                end = end < mentions.size() && COLLECTIVE_CLOSE.matcher(mentions.get(end)).matches() ? end + 1 : end;
            }
            out.add(String.join("、", mentions.subList(i, end)));
            i = end - 1;
        }
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String mention = UnitNames.fold(current.toString());
        current.setLength(0);
        if (!mention.isEmpty()) {
            out.add(mention);
        }
    }

    /**
     * A list that runs on into the verb of its sentence (「会同区公安分局、区发展改革委推进」): the last member cut back to
     * the longest start that names a unit; the list unchanged when none does.
     */
    static List<String> cutTrailingWords(List<String> mentions) {
        if (mentions.isEmpty() || isUnitList(mentions)) {
            return mentions;
        }
        String last = mentions.get(mentions.size() - 1);
        for (int end = last.length() - 1; end >= 3; end--) {
            String head = last.substring(0, end);
            if (UnitKinds.isUnit(head) && !UnitKinds.kind(head).equals("other") && !UnitKinds.kind(head).equals("collective")) {
                List<String> out = new ArrayList<>(mentions.subList(0, mentions.size() - 1));
                out.add(head);
                return out;
            }
        }
        return mentions;
    }

    /** True when every member of the list names a unit: the test that tells a list from a remark in brackets. */
    static boolean isUnitList(List<String> mentions) {
        return !mentions.isEmpty() && mentions.stream().allMatch(UnitKinds::isUnit);
    }

    /** A bracket without a label must open with a body that names its level or is a zone or company by name. */
    static boolean isBracketList(List<String> mentions) {
        if (!isUnitList(mentions)) {
            return false;
        }
        String first = mentions.get(0);
        String kind = UnitKinds.kind(first);
        return UnitNames.hasLevelPrefix(first) || first.length() >= 4 && NAMED_BODY.matcher(first).find();
    }
}
