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
        int total = 0;
        for (String text : texts) {
            total += text.length();
        }
        // every (pair, text) and (character, text) as one long, sorted: the postings fall out in order, with no
        // map entry or boxed list per occurrence
        long[] pairs = new long[total];
        long[] chars = new long[total];
        int p = 0;
        int c = 0;
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            for (int i = 0; i < text.length(); i++) {
                chars[c++] = (long) text.charAt(i) << 32 | t;
                if (i + 1 < text.length()) {
                    pairs[p++] = (long) pair(text, i) << 32 | t;
                }
            }
        }
        group(pairs, p, (key, postings) -> byPair.put(key, postings));
        group(chars, c, (key, postings) -> byChar.put((char) key, postings));
    }

    private interface Postings {
        void put(int key, int[] texts);
    }

    /** Sorts the first {@code size} (key, text) longs and hands on each key's distinct texts, ascending. */
    private static void group(long[] entries, int size, Postings postings) {
        Arrays.sort(entries, 0, size);
        int[] texts = new int[size];
        int start = 0;
        while (start < size) {
            int key = (int) (entries[start] >>> 32);
            int count = 0;
            int end = start;
            for (; end < size && (int) (entries[end] >>> 32) == key; end++) {
                int text = (int) entries[end];
                if (count == 0 || texts[count - 1] != text) {
                    texts[count++] = text;
                }
            }
            postings.put(key, Arrays.copyOf(texts, count));
            start = end;
        }
    }

    /** The texts (by position, ascending) that contain {@code form}. */
    int[] containing(String form) {
        if (form.isEmpty()) {
            return NONE;
        }
        if (form.length() == 1) {
            return byChar.getOrDefault(form.charAt(0), NONE);
        }
        int[][] pairs = new int[form.length() - 1][];
        for (int i = 0; i + 1 < form.length(); i++) {
            pairs[i] = byPair.getOrDefault(pair(form, i), NONE);
        }
        Arrays.sort(pairs, java.util.Comparator.comparingInt((int[] postings) -> postings.length));
        if (form.length() == 2) {
            return pairs[0];
        }
        // the rarest pair's texts that hold the other pairs too (binary searches), before any text is read: at 40
        // copies a common pair's texts are thousands, most of them without the form
        int[] candidates = pairs[0];
        for (int k = 1; k < pairs.length && candidates.length > 0; k++) {
            int[] other = pairs[k];
            candidates = Arrays.stream(candidates).filter(t -> Arrays.binarySearch(other, t) >= 0).toArray();
        }
        return Arrays.stream(candidates).filter(t -> texts.get(t).contains(form)).toArray();
    }

    /** How many texts {@link #containing} reads for {@code form}: at least as many as contain it. */
    int candidates(String form) {
        if (form.isEmpty()) {
            return 0;
        }
        if (form.length() == 1) {
            return byChar.getOrDefault(form.charAt(0), NONE).length;
        }
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < form.length(); i++) {
            fewest = Math.min(fewest, byPair.getOrDefault(pair(form, i), NONE).length);
        }
        return fewest;
    }

    String text(int position) {
        return texts.get(position);
    }

    /** The texts holding the character pair of {@code form} at {@code index}. */
    int[] withPair(String form, int index) {
        return byPair.getOrDefault(pair(form, index), NONE);
    }

    private static int pair(String text, int index) {
        return text.charAt(index) << 16 | text.charAt(index + 1);
    }
}
