package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies a sentence puts in charge without a 牵头单位/责任单位 label: 「由X牵头」, 「报X批准」, 「上报X」,
 * 「发挥X的综合协调作用」, 「X受…委托」, 「办公室设在X」, 「成立X，负责…」 (the body a plan sets up to carry it out).
 */
public final class BodyMentions {
    private static final String BODY = "([\\p{IsHan}、（）()]{1,24}?(?:局|委|办|办公室|小组|中心|委员会|政府|厅|管委会))";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("由" + BODY + "(?:牵头|负责|组织|召集|统一|会同|具体)"),
            Pattern.compile("报(?:送)?" + BODY + "(?:批准|审批|备案|审定|审核|同意)"),
            Pattern.compile("上报" + BODY),
            Pattern.compile("发挥" + BODY + "的?(?:综合)?协调作用"),
            Pattern.compile(BODY + "受[\\p{IsHan}]{0,8}委托"),
            Pattern.compile("办公室设在" + BODY),
            Pattern.compile("(?:成立|设立|组建)" + BODY + "[，,]?(?:具体)?负责"));

    private BodyMentions() {
    }

    public static List<String> in(String sentence) {
        List<String> bodies = new ArrayList<>();
        String text = sentence.replaceAll("\\s+", "");
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String body = trimLead(matcher.group(1));
                if (body.length() >= 2 && !bodies.contains(body)) {
                    bodies.add(body);
                }
            }
        }
        return bodies;
    }

    /** Drops connective words a lazy match may swallow at the front (「并及时上报」 -> the body only). */
    private static String trimLead(String body) {
        return body.replaceFirst("^(?:并|及时|要|须|应|由|经|向|统一|负责)+", "");
    }
}
