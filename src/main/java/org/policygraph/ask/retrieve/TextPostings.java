package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index of the characters and character pairs of many texts: which texts contain a string is found
 * from the postings of its rarest pair and confirmed on those texts only, so no question scans every text. Equal
 * texts are indexed once (copies of a plan repeat most clauses word for word): the postings hold distinct texts,
 * each standing for the positions that hold it, so a clause is read and scored once however many copies hold it.
 */
final class TextPostings {
    private static final int[] NONE = new int[0];
    private final List<String> distinct = new ArrayList<>();
    /** position -> its distinct text. */
    private final int[] textOf;
    /** The positions of distinct text {@code t}: {@code holders[first[t]] .. holders[first[t + 1] - 1]}, ascending. */
    private final int[] first;
    private final int[] holders;
    private final Map<Integer, int[]> byPair = new HashMap<>();
    private final Map<Character, int[]> byChar = new HashMap<>();

    TextPostings(List<String> texts) {
        textOf = new int[texts.size()];
        Map<String, Integer> ids = new HashMap<>();
        int[] counts = new int[texts.size() + 1];
        for (int position = 0; position < texts.size(); position++) {
            int id = ids.computeIfAbsent(texts.get(position), text -> {
                distinct.add(text);
                return distinct.size() - 1;
            });
            textOf[position] = id;
            counts[id + 1]++;
        }
        first = new int[distinct.size() + 1];
        for (int t = 0; t < distinct.size(); t++) {
            first[t + 1] = first[t] + counts[t + 1];
        }
        holders = new int[texts.size()];
        int[] next = Arrays.copyOf(first, distinct.size());
        for (int position = 0; position < textOf.length; position++) {
            holders[next[textOf[position]]++] = position;
        }
        index();
    }

    /** Every (pair, text) and (character, text) as one long, sorted: the postings fall out in order. */
    private void index() {
        int total = 0;
        for (String text : distinct) {
            total += text.length();
        }
        long[] pairs = new long[total];
        long[] chars = new long[total];
        int p = 0;
        int c = 0;
        for (int t = 0; t < distinct.size(); t++) {
            String text = distinct.get(t);
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

    /** The positions (ascending) whose text contains {@code form}. */
    int[] containing(String form) {
        int[] texts = textsContaining(form);
        int[] positions = new int[holding(texts)];
        int n = 0;
        for (int t : texts) {
            for (int i = first[t]; i < first[t + 1]; i++) {
                positions[n++] = holders[i];
            }
        }
        Arrays.sort(positions);
        return positions;
    }

    /** How many positions hold a text in {@code texts} (distinct text ids). */
    int holding(int[] texts) {
        int count = 0;
        for (int t : texts) {
            count += first[t + 1] - first[t];
        }
        return count;
    }

    /** The distinct texts (ascending ids) that contain {@code form}. */
    int[] textsContaining(String form) {
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
        // the rarest pair's texts that hold the other pairs too (binary searches), before any text is read
        int[] candidates = pairs[0];
        for (int k = 1; k < pairs.length && candidates.length > 0; k++) {
            int[] other = pairs[k];
            candidates = Arrays.stream(candidates).filter(t -> Arrays.binarySearch(other, t) >= 0).toArray();
        }
        return Arrays.stream(candidates).filter(t -> distinct.get(t).contains(form)).toArray();
    }

    /** How many distinct texts {@link #textsContaining} reads for {@code form}: at least as many as contain it. */
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

    /** The distinct text held at {@code position}. */
    int textOf(int position) {
        return textOf[position];
    }

    /** The text of distinct text {@code t}. */
    String text(int t) {
        return distinct.get(t);
    }

    /** The positions holding distinct text {@code t}, ascending: {@code holder(i)} for i in [from(t), from(t + 1)). */
    int from(int t) {
        return first[t];
    }

    int holder(int i) {
        return holders[i];
    }

    /** The distinct texts holding the character pair of {@code form} at {@code index}. */
    int[] withPair(String form, int index) {
        return byPair.getOrDefault(pair(form, index), NONE);
    }

    /**
     * The key of a character pair: the two characters, mixed by an odd multiplier (one key per pair still). Unmixed,
     * a HashMap spreads the key to the low bits of first ^ second, and two CJK characters' XOR falls in few values:
     * its bins grew into trees, looked up per pair of every question form, deeper the more pairs the corpus holds.
     */
    private static int pair(String text, int index) {
        return (text.charAt(index) << 16 | text.charAt(index + 1)) * 0x9E3779B9;
    }
}
