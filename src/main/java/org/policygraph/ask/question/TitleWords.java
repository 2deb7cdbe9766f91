package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The distinct folded titles of the documents, each character and each pair of characters with the titles holding
 * it, so that a question's words are weighed only in the titles that can hold one of them: a title holds a term as
 * written or as a head of two characters or more with the rest set after it ({@link DocumentHints#titleHolds}), so
 * it holds the first two characters of one of the term's forms (the form itself when it is one character). At 40x a
 * question used to weigh every one of 3,391 titles; now it weighs the titles its words start in.
 */
final class TitleWords {
    private static final int[] NONE = {};
    private final List<String> titles;
    private final Map<String, int[]> titlesByStart = new HashMap<>();

    TitleWords(Collection<String> foldedTitles) {
        titles = foldedTitles.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int row = 0; row < titles.size(); row++) {
            String title = titles.get(row);
            for (int at = 0; at < title.length(); at++) {
                add(rows, title.substring(at, at + 1), row);
                if (at + 2 <= title.length()) {
                    add(rows, title.substring(at, at + 2), row);
                }
            }
        }
        rows.forEach((start, held) -> titlesByStart.put(start, held.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static void add(Map<String, List<Integer>> rows, String start, int row) {
        List<Integer> held = rows.computeIfAbsent(start, s -> new ArrayList<>());
        if (held.isEmpty() || held.get(held.size() - 1) != row) {
            held.add(row);
        }
    }

    /** The weight of the question's terms found in each title that holds any (a title not in the map holds none). */
    Map<String, Double> found(List<TermGroup> terms) {
        BitSet candidates = new BitSet(titles.size());
        for (TermGroup term : terms) {
            if (term.display().length() < 2) {
                continue;
            }
            for (String form : term.forms()) {
                if (form.isEmpty()) {
                    candidates.set(0, titles.size());
                }
                String start = form.length() > 2 ? form.substring(0, 2) : form;
                for (int row : titlesByStart.getOrDefault(start, NONE)) {
                    candidates.set(row);
                }
            }
        }
        Map<String, Double> found = new HashMap<>();
        for (int row = candidates.nextSetBit(0); row >= 0; row = candidates.nextSetBit(row + 1)) {
            found.put(titles.get(row), foundWeight(terms, titles.get(row)));
        }
        return found;
    }

    /** The weight of the question's terms found in a title. */
    static double foundWeight(List<TermGroup> terms, String title) {
        double found = 0;
        for (TermGroup term : terms) {
            if (term.display().length() >= 2 && DocumentHints.titleHolds(title, term)) {
                found += term.weight();
            }
        }
        return found;
    }
}
