package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Departments read straight from a sentence when the graph holds no LEADS/SUPPORTS for its task:
 * 「市安监局牵头，市食药局、数字办、公安局等职责分工负责」 or 「市商务局、交通委、发展改革委等按职责分工负责」.
 */
public final class TextAssignments {
    private static final String UNIT = "[\\p{IsHan}（）()]{2,20}?";
    private static final Pattern LED = Pattern.compile("(?:^|[；;，,。：:\\s])(" + UNIT + "(?:、" + UNIT + ")*)牵头(?:负责)?");
    private static final Pattern SHARED = Pattern.compile(
            "(?:^|[；;，,。：:\\s])(" + UNIT + "(?:、" + UNIT + ")*)等?(?:按|根据)?(?:各自)?职责分工负责");

    public record Reading(List<String> leads, List<String> supports, boolean explicit) {
    }

    private TextAssignments() {
    }

    public static Reading read(String sentence) {
        String text = sentence.replaceAll("\\s+", "");
        Matcher led = LED.matcher(text);
        if (led.find()) {
            List<String> leads = names(led.group(1));
            Matcher rest = SHARED.matcher(text.substring(led.end()));
            List<String> supports = rest.find() ? names(rest.group(1)) : List.of();
            return new Reading(leads, supports, true);
        }
        Matcher shared = SHARED.matcher(text);
        if (shared.find()) {
            List<String> units = names(shared.group(1));
            return new Reading(units.subList(0, 1), units.subList(1, units.size()), false);
        }
        return new Reading(List.of(), List.of(), false);
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split("、")) {
            String cleaned = name.replaceFirst("^(?:负责单位|责任单位|牵头单位|由)", "").strip();
            if (cleaned.length() >= 2 && !cleaned.startsWith("各")) {
                names.add(cleaned);
            }
        }
        return names;
    }
}
