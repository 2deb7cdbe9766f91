package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits a written list of units (「市工信委、市国资委，各县（市、区）、开发区等」) into its mentions. */
final class UnitListSplitter {
    private UnitListSplitter() {
    }

    static List<String> split(String list) {
        String s = UnitNames.fold(list).replace("及各", "、各").replace("及市", "、市");
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
}
