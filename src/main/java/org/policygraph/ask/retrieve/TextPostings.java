package org.policygraph.ask.retrieve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index of the characters and character pairs of many texts: which texts contain a string is found
 * from the postings of its rarest pair and confirmed on those texts only, so no question scans every text.
 */
final class TextPostings {
    private static final int[] NONE = new int[0];
    private final List<String> texts;
    private final Map<Integer, int[]> byPair = new HashMap<>();
    private final Map<Character, int[]> byChar = new HashMap<>();

    TextPostings(List<String> texts) {
        this.texts = texts;
        Map<Integer, IntList> pairs = new HashMap<>();
        Map<Character, IntList> chars = new HashMap<>();
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            for (int i = 0; i < text.length(); i++) {
                chars.computeIfAbsent(text.charAt(i), c -> new IntList()).addOnce(t);
                if (i + 1 < text.length()) {
                    pairs.computeIfAbsent(pair(text, i), p -> new IntList()).addOnce(t);
                }
            }
        }
        pairs.forEach((p, list) -> byPair.put(p, list.toArray()));
        chars.forEach((c, list) -> byChar.put(c, list.toArray()));
    }

    /** The texts (by position, ascending) that contain {@code form}. */
    int[] containing(String form) {
        if (form.isEmpty()) {
            return NONE;
        }
        if (form.length() == 1) {
            return byChar.getOrDefault(form.charAt(0), NONE);
        }
        int[] rarest = null;
        for (int i = 0; i + 1 < form.length(); i++) {
            int[] postings = byPair.getOrDefault(pair(form, i), NONE);
            if (rarest == null || postings.length < rarest.length) {
                rarest = postings;
            }
        }
        if (form.length() == 2) {
            return rarest;
        }
        return Arrays.stream(rarest).filter(t -> texts.get(t).contains(form)).toArray();
    }

    /** The texts holding the character pair of {@code form} at {@code index}. */
    int[] withPair(String form, int index) {
        return byPair.getOrDefault(pair(form, index), NONE);
    }

    private static int pair(String text, int index) {
        return text.charAt(index) << 16 | text.charAt(index + 1);
    }

    /** Ascending ints, each added once (texts are indexed in order, so a repeat is always the last one). */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
