package org.policygraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spelling rules for unit mentions: folding, the 市/省 level prefix, and the variants a dictionary lookup tries. */
final class UnitNames {
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern FILLER_TAIL = Pattern.compile(
            "(等?按职责分工负责|等?职责分工负责|等?分工负责|牵头负责|等相关部门|等有关部门|等相关单位|等部门|等单位"
                    + "|牵头|负责|配合|参与|等)+$");

    /** A level word that opens a name; 市场/市民/区域/县域/省内… are words, not levels (市民政局 is a bureau). */
    private static final Pattern LEVEL_PREFIX = Pattern.compile(
            "^(省|市|区|县|镇|乡|街道)(?!场|民(?!政|族|宗)|域|级|内|外|属|直属|情|长)");
    /** A place name that opens a name: 郑州市, 重庆市沙坪坝区, 浙江省, 蔡甸区 (2–4 characters, then the level word). */
    static final Pattern PLACE_PREFIX = Pattern.compile(
            "^((?:[\\u4e00-\\u9fa5]{2,4}?(?:省|自治区))?(?:[\\u4e00-\\u9fa5]{2,4}?(?:市|自治州|州|盟))?"
                    + "(?:[\\u4e00-\\u9fa5]{2,4}?(?<!开发|高新|经开|保税|综保|园|片|城|新|社|景|矿|林|港|湾|山)(?:区|县|旗))?)(?=.{2,})");
    /** 团市委, 团区委: the level sits inside the name. */
    private static final Pattern PARTY_LEVEL = Pattern.compile("^团[省市区县]委");

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

    /** The level word a name opens with (省, 市, 区, 县, 镇, 乡, 街道), also after a place name (广州市财政局 -> 市), or null. */
    static String levelPrefix(String name) {
        String s = fold(name);
        Matcher level = LEVEL_PREFIX.matcher(s);
        if (level.lookingAt()) {
            return level.group(1);
        }
        if (s.length() < 4 || s.startsWith("各")) {
            return null;
        }
        Matcher place = PLACE_PREFIX.matcher(s);
        return place.lookingAt() && !place.group(1).isEmpty() ? place.group(1).substring(place.group(1).length() - 1) : null;
    }

    /** True when the name says whose it is: a level word or place name, 各…, 中共…, or a party/mass organ (团市委). */
    static boolean hasLevelPrefix(String s) {
        return levelPrefix(s) != null || s.startsWith("各") || s.startsWith("中共") || PARTY_LEVEL.matcher(s).lookingAt();
    }

    /** The spellings a lookup tries: as written, then the official long forms shortened to the usual ones. */
    static List<String> spellings(String folded) {
        var out = new LinkedHashSet<String>();
        out.add(folded);
        String s = folded;
        Matcher place = PLACE_PREFIX.matcher(s);
        if (place.lookingAt() && !place.group(1).isEmpty() && place.group(1).matches(".+[市省]")) {
            // 广州市财政局 -> 市财政局: a dictionary lists a place's bodies by their level word
            s = place.group(1).substring(place.group(1).length() - 1) + s.substring(place.end(1));
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
