package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A unit's English name as questions write it: without its place and level words ("Urban Management Bureau" for
 * "Zhengzhou Municipal Urban Management Bureau", "Bureau of Commerce" for "Zhengzhou Municipal Bureau of Commerce").
 * Level words come from graph-import/english-unit-levels.txt; the place words are the words written right before a
 * level word in the graph's own English names, so no place is kept in code or data.
 */
final class EnglishUnitStems {
    private static final Set<String> LEVELS = Set.copyOf(Texts.lines("graph-import/english-unit-levels.txt"));
    private static final Set<String> JOINERS = Set.of("of", "and", "for", "the");
    private final Set<String> places = new HashSet<>();

    EnglishUnitStems(Collection<String> englishNames) {
        for (String name : englishNames) {
            List<String> words = words(name);
            for (int i = 1; i < words.size(); i++) {
                if (LEVELS.contains(words.get(i)) && !JOINERS.contains(words.get(i - 1))) {
                    places.add(words.get(i - 1));
                }
            }
        }
        places.removeAll(LEVELS);
    }

    /** The name without place and level words, when that leaves two words or more and differs; else null. */
    String stem(String englishName) {
        if (englishName == null || englishName.isBlank()) {
            return null;
        }
        List<String> words = words(englishName);
        List<String> kept = new ArrayList<>(words.stream()
                .filter(w -> !places.contains(w) && !LEVELS.contains(w)).toList());
        while (!kept.isEmpty() && JOINERS.contains(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        while (!kept.isEmpty() && JOINERS.contains(kept.get(0))) {
            kept.remove(0);
        }
        return kept.size() >= 2 && kept.size() < words.size() ? String.join(" ", kept) : null;
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The English names and their stems, lower case, longest first. */
    List<String> surfaces(List<String> englishNames) {
        return englishNames.stream().flatMap(n -> java.util.stream.Stream.of(n, stem(n)))
                .filter(n -> n != null && !n.isBlank()).map(n -> n.toLowerCase(Locale.ROOT)).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }
}
