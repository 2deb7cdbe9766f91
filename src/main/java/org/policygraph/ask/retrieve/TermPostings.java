package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.policygraph.ask.question.TermGroup;

/**
 * The postings a question's terms name, shortest first: for every form of every term group the distinct texts
 * holding it whole and, for a form of three characters or more, the texts holding each of its character pairs
 * ({@link TextPostings}: copies of a clause are one text). A text's coverage is read from which lists hold it
 * (binary search), the same share {@link TermCoverage} gives; and {@link #most} bounds what a text in none of the
 * first lists can cover, so that the longest lists (the common pairs) need not be walked once enough cover more.
 */
final class TermPostings {
    /**
     * One list: its group and form, whether it holds the form whole, and its texts (ids ascending). A whole
     * form of three characters or more is found by reading the texts holding its rarest pair, so that list is
     * made only when walked; {@code estimate}: its length, or at most that.
     */
    private static final class Postings {
        private final int group;
        private final int form;
        private final boolean whole;
        private final int estimate;
        /** Its place in the walk's order (shortest first). */
        private int rank;
        private Supplier<int[]> source;
        private int[] texts;

        Postings(int group, int form, boolean whole, int estimate, Supplier<int[]> source) {
            this.group = group;
            this.form = form;
            this.whole = whole;
            this.estimate = estimate;
            this.source = source;
        }

        int[] texts() {
            if (texts == null) {
                texts = source.get();
                source = null;
            }
            return texts;
        }
    }

    private final TextPostings texts;
    private final List<TermGroup> groups;
    private final double total;
    private final List<Postings> lists = new ArrayList<>();
    private double[] mostFrom;
    private Postings[][] byGroup;

    TermPostings(TextPostings postings, List<TermGroup> groups) {
        this.texts = postings;
        this.groups = groups;
        this.total = groups.stream().mapToDouble(TermGroup::weight).sum();
        if (total == 0) {
            return;
        }
        for (int g = 0; g < groups.size(); g++) {
            List<String> forms = groups.get(g).forms();
            for (int f = 0; f < forms.size(); f++) {
                String form = forms.get(f);
                lists.add(new Postings(g, f, true, postings.candidates(form), () -> postings.textsContaining(form)));
                for (int i = 0; form.length() >= 3 && i < form.length() - 1; i++) {
                    int[] paired = postings.withPair(form, i);
                    lists.add(new Postings(g, f, false, paired.length, () -> paired));
                }
            }
        }
        lists.sort(Comparator.comparingInt(p -> p.estimate));
        for (int k = 0; k < lists.size(); k++) {
            lists.get(k).rank = k;
        }
    }

    int lists() {
        return lists.size();
    }

    /** The distinct texts of list {@code k}, ascending ids. */
    int[] list(int k) {
        return lists.get(k).texts();
    }

    /** The share of the question distinct text {@code text} covers (0 for a text in no list). */
    double coverage(int text) {
        return coverage(text, 0);
    }

    /**
     * As {@link #coverage(int)} for a text known to be in none of the lists before {@code from} (a walk met it first
     * in list {@code from}, or did not meet it in lists it walked whole): only the lists from there on are read, so
     * a text met late in the walk (the common pairs' lists) costs what is left to read, and one the walk never met
     * when it walked every list costs nothing.
     */
    double coverage(int text, int from) {
        if (total == 0) {
            return 0;
        }
        double covered = 0;
        for (int g = 0; g < groups.size(); g++) {
            double match = match(g, text, from);
            if (match > 0) {
                covered += groups.get(g).weight() * match;
            }
        }
        return covered == 0 ? 0 : covered / total;
    }

    /**
     * The most a text in none of the lists before {@code k} can cover: per group its weight (0.6 of it once every
     * whole-form list of the group is behind), at most what the group's lists from {@code k} on add up to.
     */
    double most(int k) {
        if (mostFrom == null) {
            mostFrom = new double[lists.size() + 1];
            for (int j = 0; j <= lists.size(); j++) {
                mostFrom[j] = mostAhead(j);
            }
        }
        return mostFrom[k];
    }

    private double mostAhead(int k) {
        double most = 0;
        for (int g = 0; g < groups.size(); g++) {
            boolean wholeAhead = false;
            double ahead = 0;
            for (int j = k; j < lists.size(); j++) {
                Postings p = lists.get(j);
                if (p.group == g) {
                    wholeAhead |= p.whole;
                    ahead += p.whole ? 1 : 0.6 / (groups.get(g).forms().get(p.form).length() - 1);
                }
            }
            most += groups.get(g).weight() * Math.min(wholeAhead ? 1 : 0.6, ahead);
        }
        return most / total;
    }

    /** Whether a text with these pairs found may hold the whole form: a form of three characters or more needs all. */
    private boolean mayHold(Postings whole, int[] pairsFound) {
        int length = groups.get(whole.group).forms().get(whole.form).length();
        return length < 3 || pairsFound != null && pairsFound[whole.form] == length - 1;
    }

    /** Whether the text holds the whole form: read from it unless the list is made (the same answer). */
    private boolean holds(Postings whole, int text) {
        if (whole.texts != null) {
            return Arrays.binarySearch(whole.texts, text) >= 0;
        }
        String form = groups.get(whole.group).forms().get(whole.form);
        return !form.isEmpty() && texts.text(text).contains(form);
    }

    /** As {@link TermCoverage#match}, from the lists: 1 when a form is held whole, else the best share of pairs. */
    private double match(int g, int text, int from) {
        if (byGroup == null) {
            byGroup = new Postings[groups.size()][];
            for (int i = 0; i < groups.size(); i++) {
                int group = i;
                byGroup[i] = lists.stream().filter(p -> p.group == group).toArray(Postings[]::new);
            }
        }
        // the pairs first: a text that lacks one of a long form's pairs cannot hold the form (no need to read it)
        int[] pairsFound = null;
        for (Postings p : byGroup[g]) {
            if (!p.whole && p.rank >= from && Arrays.binarySearch(p.texts(), text) >= 0) {
                pairsFound = pairsFound == null ? new int[groups.get(g).forms().size()] : pairsFound;
                pairsFound[p.form]++;
            }
        }
        for (Postings p : byGroup[g]) {
            // a list before `from` does not hold the text
            if (p.whole && p.rank >= from && mayHold(p, pairsFound) && holds(p, text)) {
                return 1;
            }
        }
        if (pairsFound == null) {
            return 0;
        }
        double best = 0;
        for (int f = 0; f < pairsFound.length; f++) {
            if (pairsFound[f] > 0) {
                best = Math.max(best, (double) pairsFound[f] / (groups.get(g).forms().get(f).length() - 1) * 0.6);
            }
        }
        return best;
    }
}
