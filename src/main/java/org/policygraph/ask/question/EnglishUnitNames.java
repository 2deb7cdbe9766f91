package org.policygraph.ask.question;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * The units' English names and their stems as an English question writes them (any case, words apart), taken out
 * of it longest first. The names a question holds are found in one pass (copies of plans multiply the names); only
 * their patterns run.
 */
final class EnglishUnitNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longest first, as {@link EnglishUnitStems#surfaces} gives them. */
    private final List<Pattern> patterns;
    /** Each name, words one space apart, to its pattern's place. */
    private final AhoCorasickDoubleArrayTrie<Integer> names = new AhoCorasickDoubleArrayTrie<>();

    EnglishUnitNames(List<String> lowerCaseNames) {
        this.patterns = lowerCaseNames.stream().map(n -> Pattern.compile("(?<![a-z])" + Pattern.quote(n)
                .replace(" ", "\\E\\s+\\Q") + "(?![a-z])", Pattern.CASE_INSENSITIVE)).toList();
        TreeMap<String, Integer> byName = new TreeMap<>();
        for (int i = 0; i < lowerCaseNames.size(); i++) {
            byName.putIfAbsent(SPACES.matcher(lowerCaseNames.get(i)).replaceAll(" "), i);
        }
        if (!byName.isEmpty()) {
            names.build(byName);
        }
    }

    /** The English text with the names it holds replaced by {@code mark}, longest first. */
    String without(String english, String mark) {
        if (names.size() == 0) {
            return english;
        }
        TreeSet<Integer> held = new TreeSet<>();
        names.parseText(SPACES.matcher(english.toLowerCase(Locale.ROOT)).replaceAll(" ")).forEach(h -> held.add(h.value));
        String text = english;
        for (int i : held) {
            text = patterns.get(i).matcher(text).replaceAll(mark);
        }
        return text;
    }
}
