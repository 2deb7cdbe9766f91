package org.policygraph.ask.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ask.Citation;

/**
 * The sources the tools showed the model during one question, numbered [S1], [S2] …; an answer's citations are
 * the sources it names, and its facts must stand in what the tools returned.
 */
final class ToolSources {
    private static final Pattern TAG = Pattern.compile("\\[S(\\d+)]");

    private final List<Citation> citations = new ArrayList<>();
    private final StringBuilder shown = new StringBuilder();

    /** Registers a source and returns the line the model sees for it. */
    synchronized String add(Citation citation, String line) {
        citations.add(citation);
        String tagged = "[S" + citations.size() + "] " + line;
        shown.append(tagged).append('\n');
        return tagged;
    }

    synchronized String shown() {
        return shown.toString();
    }

    /** The sources the text names, in order of first mention; unknown numbers are ignored. */
    synchronized List<Citation> citedIn(String text) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            int number = Integer.parseInt(tag.group(1));
            if (number >= 1 && number <= citations.size()) {
                numbers.add(number);
            }
        }
        return numbers.stream().map(n -> citations.get(n - 1)).toList();
    }

    static String withoutTags(String text) {
        return TAG.matcher(text).replaceAll("").replaceAll("[ \\t]+([，。；、,.;])", "$1").strip();
    }
}
