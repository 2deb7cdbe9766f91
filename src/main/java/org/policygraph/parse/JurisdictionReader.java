package org.policygraph.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whose document it is from what the text says of itself, never from the file name: the place of the issuing
 * authority (header issuer, 发布机构/信息来源 lines, signature, 「重庆市沙坪坝区人民政府办公室关于…」 titles) and of
 * authorities the body names (中共广州市委、广州市人民政府), at the level the text speaks of itself (全市/我区/县政府).
 */
final class JurisdictionReader {
    /** A chain of places before an authority: 重庆市沙坪坝区人民政府, 丽水市政府, 中共广州市委. */
    private static final String BOUNDARY = "(?:^|(?<=[\\s，,、。；;：:《“\"（(【\\[|]))";
    private static final Pattern AUTHORITY = Pattern.compile(BOUNDARY
            + "((?:[\\u4e00-\\u9fa5]{2,3}?(?:省|自治区))?(?:[\\u4e00-\\u9fa5]{2,3}?市)?(?:[\\u4e00-\\u9fa5]{2,3}?[区县])?)"
                    + "(?:人民政府|政府|委员会|人大|政协|[市区县]?委(?!员)|办公厅|办公室)", Pattern.MULTILINE);
    /** A place the text mentions outside an authority (《浙江省民营企业发展促进条例》), not a title (省长, 县领导). */
    private static final Pattern MENTION = Pattern.compile(BOUNDARY
            + "([\\u4e00-\\u9fa5]{2,3}?(?:省|自治区|市|区|县))(?!长|领导|级|委书记|[\\u4e00-\\u9fa5]?(?:书记|主任))", Pattern.MULTILINE);
    /** The text naming its own place as what it is fitted to: 「结合官渡区实际」, 「立足浙江省实际」. */
    private static final Pattern FITTED_TO = Pattern.compile(
            "(?:结合|立足|联系)([\\u4e00-\\u9fa5]{2,3}?(?:省|自治区|市|区|县))(?:工作)?实际");
    private static final Pattern PLACE = Pattern.compile("[\\u4e00-\\u9fa5]{2,3}?(?:省|自治区|市|区|县)");
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "^(全|本|我|各|该|其|省|市|区|县|中共|关于|印发|按照|根据|依据|依照|遵照|县级|地级|直辖|副省|城|农|社|开发|新|园|片|街|乡|镇|村|.*[的和与及、，])"
                    + "|[全本我各该][省市区县]$");
    /** Labels of a page's metadata block, which stand right before the authority they introduce. */
    private static final Pattern LABEL = Pattern.compile(MetadataFields.get().labelPattern());
    /** Where the text never speaks of itself, the level of the units it assigns (区发展改革委 -> district). */
    private static final Pattern UNIT_LEVEL = Pattern.compile("(?<![\\u4e00-\\u9fa5])([省市区县])[\\u4e00-\\u9fa5]{1,8}?(?:局|委|办|厅)(?![\\u4e00-\\u9fa5])");
    /** How a text speaks of its own level: 全市, 我区, 本县, 省政府, 市委, 区人民政府. */
    private static final Pattern SELF = Pattern.compile("(?:全|我|本)([省市区县])|([省市区县])(?:人民)?政府|([省市区县])委");

    /**
     * {@code issuer} (null when unknown) decides where it names a place (its most specific one); {@code authorities}
     * (title, header, metadata and signature lines) outweigh the body's mentions.
     */
    Jurisdiction read(String issuer, List<String> authorities, String body) {
        if (issuer != null) {
            Map<String, Integer> issuing = new LinkedHashMap<>();
            places(issuer, null, issuing, 1);
            // an issuer opens at a boundary: a shorter stem of its place (坪坝区 of 沙坪坝区) is no place of its own
            String place = issuing.keySet().stream()
                    .filter(p -> issuing.keySet().stream().noneMatch(other -> other.length() > p.length() && other.contains(p)))
                    .reduce((a, b) -> b).orElse(null);
            if (place != null) {
                return new Jurisdiction(place, Jurisdiction.levelOf(place));
            }
        }
        List<String> heads = authorities.stream().map(a -> LABEL.matcher(a).replaceAll("，")).toList();
        String text = LABEL.matcher(body).replaceAll("，");
        String all = text + "\n" + String.join("\n", heads);
        String level = selfLevel(all);
        Map<String, Integer> votes = new LinkedHashMap<>();
        heads.forEach(a -> places(a, level, votes, 5));
        places(text, level, votes, 1);
        fittedTo(all, level, votes);
        if (votes.isEmpty() && level != null) {
            mentioned(all, level, votes);
        }
        String best = votes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
                .map(Map.Entry::getKey).orElse(null);
        if (best == null) {
            return new Jurisdiction(null, level);
        }
        return new Jurisdiction(best, level != null ? level : Jurisdiction.levelOf(best));
    }

    /**
     * The level the text speaks of itself at (全市, 区政府…), the most frequent one; else that of the units it names
     * (县教育局); null when neither shows.
     */
    private static String selfLevel(String text) {
        Map<String, Integer> self = new LinkedHashMap<>();
        Matcher m = SELF.matcher(text);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            self.merge(Jurisdiction.levelOf(word), 1, Integer::sum);
        }
        if (!self.isEmpty()) {
            return self.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        }
        Map<String, Integer> units = new LinkedHashMap<>();
        UNIT_LEVEL.matcher(text).results().forEach(r -> units.merge(r.group(1), 1, Integer::sum));
        return units.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> Jurisdiction.levelOf(e.getKey())).orElse(null);
    }

    /** A place the text says it is fitted to (「结合官渡区实际」) speaks for it like its issuer's authority. */
    private static void fittedTo(String text, String level, Map<String, Integer> votes) {
        Matcher m = FITTED_TO.matcher(text);
        while (m.find()) {
            String p = m.group(1);
            if (!NOT_A_PLACE.matcher(p).find() && (level == null || Jurisdiction.levelOf(p).equals(level))) {
                votes.merge(p, 5, Integer::sum);
            }
        }
    }

    /** No authority names a place: a place of the text's level that it mentions at all (《浙江省…条例》). */
    private static void mentioned(String text, String level, Map<String, Integer> votes) {
        Matcher place = MENTION.matcher(text.replace("中共", "，"));
        while (place.find()) {
            String p = place.group(1);
            if (!NOT_A_PLACE.matcher(p).find() && Jurisdiction.levelOf(p).equals(level)) {
                votes.merge(p, 1, Integer::sum);
            }
        }
    }

    /**
     * Votes for the most specific place of each authority chain that sits at the text's own level. Without a
     * gazetteer a stem's length is unknown: both readings get the vote, and the reading every chain agrees on wins.
     */
    private static void places(String text, String level, Map<String, Integer> votes, int weight) {
        Matcher m = AUTHORITY.matcher(text.replace("中共", "，"));
        while (m.find()) {
            Matcher place = PLACE.matcher(m.group(1));
            String chosen = null;
            while (place.find()) {
                String p = place.group();
                if (!NOT_A_PLACE.matcher(p).find() && (level == null || Jurisdiction.levelOf(p).equals(level))) {
                    chosen = p;
                }
            }
            if (chosen != null) {
                votes.merge(chosen, weight, Integer::sum);
                // a three-character stem may have taken the character before a two-character name (持广州市)
                if (chosen.length() == 4) {
                    votes.merge(chosen.substring(1), weight, Integer::sum);
                }
            }
        }
    }
}
