package org.policygraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time limits as a sentence writes them: 2017年6月底前, 每年1月20日前, 10个工作日内, 年底前. */
final class DatePhrases {
    private static final Pattern DATE = Pattern.compile(
            "(?:每年|到|至|于|在)?\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月)?(?:\\s*\\d{1,2}\\s*日)?(?:年?底|末|上半年|下半年|内)?(?:前|之前|以前)?"
            + "|(?:每年)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:前|之前|以前)?"
            + "|\\d{1,2}\\s*月(?:底|份|中旬|上旬|下旬|末)(?:前|之前)?"
            + "|(?:\\d+|[一二三四五六七八九十]+)\\s*个?(?:工作日|日|天|个月)(?:内|之内)"
            + "|(?:年底|年内|上半年|下半年|年末)(?:前|之前)?");

    private DatePhrases() {
    }

    static List<String> in(String sentence) {
        List<String> found = new ArrayList<>();
        Matcher matcher = DATE.matcher(sentence);
        while (matcher.find()) {
            String phrase = matcher.group().strip();
            if (isLimit(phrase) && !found.contains(phrase)) {
                found.add(phrase);
            }
        }
        return found;
    }

    /** A bare year (「2017年」) is a period, not a time limit. */
    private static boolean isLimit(String phrase) {
        return !phrase.matches("(?:每年|到|至|于|在)?\\d{4}\\s*年") || phrase.startsWith("到");
    }
}
