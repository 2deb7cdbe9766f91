package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ask.question.Texts;

/**
 * Points in the year a sentence names without a date (年初, 上半年, 季度末), from graph-import/time-words.txt: the
 * time a duty falls due when the sentence gives no time limit of the import's kind; also a period of years
 * (「本规划期限为2018—2022年」), the time a plan gives itself.
 */
final class TimeWords {
    private static final List<String> WORDS = Texts.lines("graph-import/time-words.txt");
    private static final Pattern PERIOD = Pattern.compile("(?<![\\d（(])(?:19|20)\\d{2}\\s*[—–\\-~～至到]\\s*(?:19|20)\\d{2}\\s*年");

    private TimeWords() {
    }

    /** The time words of the sentence, in the order written, a shorter one inside a longer one left out. */
    static List<String> in(String sentence) {
        List<String> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(sentence);
        for (String word : WORDS) {
            int at = rest.indexOf(word);
            if (at >= 0) {
                found.add(word);
                rest.replace(at, at + word.length(), "#".repeat(word.length()));
            }
        }
        Matcher period = PERIOD.matcher(rest);
        while (period.find()) {
            found.add(period.group());
        }
        found.sort((a, b) -> Integer.compare(sentence.indexOf(a), sentence.indexOf(b)));
        return found;
    }
}
