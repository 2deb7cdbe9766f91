package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Units found in one pass are the units found by reading each written form in turn, longest first, taking each out
 * of the text as it is found: on texts of a three-letter alphabet, where forms overlap and nest all the time.
 */
class SurfaceTrieTest {
    @Test
    void should_find_what_reading_each_form_in_turn_finds() {
        Random random = new Random(7);
        for (int round = 0; round < 100; round++) {
            List<String> forms = new ArrayList<>(new LinkedHashSet<>(words(random, 12, 2, 5)));
            forms.sort(Comparator.comparingInt(String::length).reversed());
            SurfaceTrie trie = new SurfaceTrie(forms);
            for (String text : words(random, 20, 0, 30)) {
                assertThat(trie.taken(text)).as("%s in %s", forms, text).isEqualTo(inTurn(forms, text));
                assertThat(trie.in(text)).as("%s in %s", forms, text)
                        .isEqualTo(forms.stream().filter(text::contains).toList());
            }
        }
    }

    @Test
    void should_take_a_long_name_whole_and_not_the_short_one_inside_it() {
        SurfaceTrie trie = new SurfaceTrie(List.of("市发展改革委", "发展改革委", "市财政局"));

        assertThat(trie.taken("由市发展改革委牵头，发展改革委和市财政局配合"))
                .containsExactly("市发展改革委", "发展改革委", "市财政局");
        assertThat(trie.in("由市发展改革委牵头")).containsExactly("市发展改革委", "发展改革委");
    }

    /** The reading the trie replaces: each form longest first, every occurrence blanked out as it is taken. */
    private static List<String> inTurn(List<String> forms, String text) {
        StringBuilder left = new StringBuilder(text);
        Map<Integer, String> byPosition = new TreeMap<>();
        for (String form : forms) {
            for (int at = left.indexOf(form); at >= 0; at = left.indexOf(form)) {
                byPosition.put(at, form);
                left.replace(at, at + form.length(), "#".repeat(form.length()));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    private static List<String> words(Random random, int count, int shortest, int longest) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = shortest + random.nextInt(longest - shortest + 1); n > 0; n--) {
                word.append("abc".charAt(random.nextInt(3)));
            }
            words.add(word.toString());
        }
        return words;
    }
}
