package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a written list of units (「市工信委、市国资委，各县（市、区）、开发区等」) into its mentions. */
final class UnitListSplitter {
    private static final Pattern NAMED_BODY = Pattern.compile("(新区|开发区|实验区|高新区|管委会|管理委员会)$|.{4,}(公司|集团)$");
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
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String mention = UnitNames.fold(current.toString());
        current.setLength(0);
        if (!mention.isEmpty()) {
            out.add(mention);
        }
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
