package org.policygraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Spelling rules for unit mentions: folding, the 市/省 level prefix, and the variants a dictionary lookup tries. */
final class UnitNames {
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern FILLER_TAIL = Pattern.compile(
            "(等?按职责分工负责|等?职责分工负责|等?分工负责|牵头负责|等相关部门|等有关部门|等相关单位|等部门|等单位"
                    + "|牵头|负责|配合|参与|等)+$");

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[。，、；：\"“”]+|[。，、；：\"“”]+$");

    private UnitNames() {
    }

    /** Half-width brackets to full-width, no spaces, no trailing filler (等, 按职责分工负责) or punctuation. */
    static String fold(String mention) {
        if (mention == null) {
            return "";
        }
        String s = SPACES.matcher(mention).replaceAll("")
                .replace('(', '（').replace(')', '）').replace('〔', '（').replace('〕', '）').replace(':', '：');
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        return FILLER_TAIL.matcher(s).replaceAll("");
    }

    /** "市" or "省" when the (resolved) name carries that level, else null. */
    static String levelPrefix(String name) {
        String s = fold(name);
        if (s.startsWith("郑州市") || (s.startsWith("市") && !s.startsWith("市级") && !s.startsWith("市场"))) {
            return "市";
        }
        if (s.startsWith("河南省") || s.startsWith("省")) {
            return "省";
        }
        return null;
    }

    static boolean hasLevelPrefix(String s) {
        return s.startsWith("市") || s.startsWith("省") || s.startsWith("郑州") || s.startsWith("河南")
                || s.startsWith("各") || s.startsWith("中共");
    }

    /** The spellings a lookup tries: as written, then the official long forms shortened to the usual ones. */
    static List<String> spellings(String folded) {
        var out = new LinkedHashSet<String>();
        out.add(folded);
        String s = folded;
        if (s.startsWith("郑州市")) {
            s = "市" + s.substring(3);
            out.add(s);
        } else if (s.startsWith("河南省")) {
            s = "省" + s.substring(3);
            out.add(s);
        }
        for (String gov : List.of("市人民政府", "市政府")) {
            if (s.startsWith(gov) && s.length() > gov.length() + 1) {
                out.add("市" + s.substring(gov.length()));
            }
        }
        for (String tail : List.of("管委会", "管理委员会", "人民政府", "政府")) {
            if (s.endsWith(tail) && s.length() > tail.length() + 1) {
                out.add(s.substring(0, s.length() - tail.length()));
            }
        }
        return List.copyOf(out);
    }
}
