package org.policygraph.progress;

import java.util.LinkedHashSet;
import java.util.Set;

/** Character pairs of a text's letters and digits (punctuation, quotes and spaces dropped). */
public final class Bigrams {
    private Bigrams() {
    }

    public static Set<String> of(String text) {
        String letters = text == null ? "" : text.replaceAll("[^\\p{IsHan}\\p{IsAlphabetic}\\p{IsDigit}]", "");
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < letters.length(); i++) {
            pairs.add(letters.substring(i, i + 2));
        }
        return pairs;
    }
}
