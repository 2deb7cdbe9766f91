package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * Written forms of units, found in a text in one pass (Aho-Corasick) however many the graph holds: copies of plans
 * multiply the units, and a question is read for all of them.
 */
final class SurfaceTrie {
    private final List<String> longestFirst;
    /** Each surface to its place in longestFirst. */
    private final AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();

    /** {@code longestFirst}: the surfaces, longest first (ties in any fixed order). */
    SurfaceTrie(List<String> longestFirst) {
        this.longestFirst = longestFirst;
        TreeMap<String, Integer> rank = new TreeMap<>();
        for (int i = 0; i < longestFirst.size(); i++) {
            rank.putIfAbsent(longestFirst.get(i), i);
        }
        if (!rank.isEmpty()) {
            trie.build(rank);
        }
    }

    /** Every surface the text holds, longest first. */
    List<String> in(String text) {
        return placesIn(text).stream().map(longestFirst::get).toList();
    }

    /** The places in longestFirst of the surfaces the text holds, ascending (a surface listed twice: its first). */
    List<Integer> placesIn(String text) {
        return hits(text).stream().map(h -> h.value).distinct().sorted().toList();
    }

    /**
     * The surfaces taken longest first, each from the text that longer ones left (a shorter one inside a longer is
     * not taken), in the order they stand in the text.
     */
    List<String> taken(String text) {
        List<AhoCorasickDoubleArrayTrie<Integer>.Hit<Integer>> hits = new ArrayList<>(hits(text));
        hits.sort(Comparator.comparingInt((AhoCorasickDoubleArrayTrie<Integer>.Hit<Integer> h) -> h.value)
                .thenComparingInt(h -> h.begin));
        BitSet covered = new BitSet(text.length());
        Map<Integer, String> byPosition = new TreeMap<>();
        for (AhoCorasickDoubleArrayTrie<Integer>.Hit<Integer> hit : hits) {
            int overlap = covered.nextSetBit(hit.begin);
            if (overlap < 0 || overlap >= hit.end) {
                covered.set(hit.begin, hit.end);
                byPosition.put(hit.begin, longestFirst.get(hit.value));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    private List<AhoCorasickDoubleArrayTrie<Integer>.Hit<Integer>> hits(String text) {
        return trie.size() == 0 ? List.of() : trie.parseText(text);
    }
}
