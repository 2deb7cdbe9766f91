package org.policygraph.extract;

import java.util.regex.Pattern;

/** Classifies a unit by the way its name ends: kind (bureau, commission, zone, company…) and level. */
final class UnitKinds {
    private static final Pattern COLLECTIVE = Pattern.compile(
            "^([省市区县]级?|[省市区县]直)?(各|相关|有关)+.*(部门|单位|政府|区|县|企业|管委会|办事处|街道|乡镇|）)$"
                    + "|^[省市区县](级|直)(各)?.*(部门|单位)$|成员单位$");
    /** Party organs, people's organisations and courts: 市委组织部, 市总工会, 市妇联, 市科协, 市法院. */
    private static final Pattern ORGAN = Pattern.compile(
            "(委.{1,4}部|工会|妇联|残联|科协|工商联|侨联|文联|社科联|红十字会|法院|检察院|研究室|政研室)$");
    private static final Pattern ZONE = Pattern.compile("(开发区|新区|实验区|高新区|片区|园区|管委会|管理委员会)$");
    /** Bodies set up for one job: 县护城河指挥部, 全区经济运行各专班, 工作组. */
    private static final Pattern TASK_FORCE = Pattern.compile(".{2,}(指挥部|专班|工作组)$");
    private static final Pattern DISTRICT = Pattern.compile("(区|县|[^市]{2,}市)$|区）?(人民)?政府$");

    private static final Pattern VAGUE = Pattern.compile(
            "(相关|有关|其他|其它|成员)?(部门|单位|企业|政府)([和及与](相关|有关)?(部门|单位|企业))?"
                    + "|[省市区县]?(各|有关|相关|其他|其它)?(牵头|配合|责任|协办|参与)(部门|单位)");

    private static final Pattern ORGANISATION = Pattern.compile("..(营业部|分行|支行|银行|协会|商会|研究院|法院|检察院)$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "[，。；：0-9“”\"的]|^(等|含|包含|包括|以下简称|简称|即|如|其中|以|鼓励|支持|引导|推动)|组成|[一二三四五六七八九十两][个大类]");

    private UnitKinds() {
    }

    static String kind(String name) {
        String n = UnitNames.fold(name);
        if (COLLECTIVE.matcher(n).find()) {
            return "collective";
        }
        if (n.endsWith("机构") && UnitNames.levelPrefix(n) != null && !n.contains("金融") && !n.contains("各")) {
            return "office";
        }
        if (n.endsWith("企业") || n.endsWith("机构")) {
            return "collective";
        }
        if (n.endsWith("公司")) {
            return "company";
        }
        if (n.endsWith("集团")) {
            return "group";
        }
        if (ZONE.matcher(n).find()) {
            return "zone";
        }
        if (n.endsWith("领导小组") || TASK_FORCE.matcher(n).find()) {
            return "group";
        }
        if (n.endsWith("委") || n.endsWith("委员会")) {
            return "commission";
        }
        if (n.endsWith("局") || n.endsWith("厅")) {
            return "bureau";
        }
        if (n.endsWith("办") || n.endsWith("办公室") || n.endsWith("室") && UnitNames.hasLevelPrefix(n) && n.length() >= 4) {
            return "office";
        }
        if (n.endsWith("中心")) {
            return "center";
        }
        if (ORGAN.matcher(n).find() && (UnitNames.hasLevelPrefix(n) || n.length() >= 4)) {
            return "organ";
        }
        if (DISTRICT.matcher(n).find()) {
            return "district";
        }
        return "other";
    }

    static String level(String name, String kind) {
        String n = UnitNames.fold(name);
        if ("省".equals(UnitNames.levelPrefix(n))) {
            return "province";
        }
        if (kind.equals("district") || kind.equals("zone")) {
            return "district";
        }
        return "city";
    }

    /** True when the text names an organisation (a list member), not a person, a thing or a sentence. */
    static boolean isUnit(String name) {
        String n = UnitNames.fold(name);
        if (n.length() < 2 || n.length() > 30 || NOT_A_NAME.matcher(n).find() || VAGUE.matcher(n).matches()) {
            return false;
        }
        return !kind(n).equals("other") || n.endsWith("政府") && (UnitNames.hasLevelPrefix(n) || n.matches(".*[县区市].*")) || ORGANISATION.matcher(n).find();
    }
}
