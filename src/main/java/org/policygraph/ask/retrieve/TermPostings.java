package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.policygraph.ask.question.TermGroup;

/**
 * The postings a question's terms name, shortest first: for every form of every term group the tasks holding it
 * whole and, for a form of three characters or more, the tasks holding each of its character pairs. A task's
 * coverage is read from which lists hold it (binary search), the same share {@link TermCoverage} gives; and
 * {@link #most} bounds what a task in none of the first lists can cover, so that the longest lists (the common
 * pairs) need not be walked once enough tasks cover more.
 */
final class TermPostings {
    /** One list: its tasks (positions ascending), its group and form, and whether it holds the form whole. */
    private record Postings(int[] positions, int group, int form, boolean whole) {
    }

    private final List<TermGroup> groups;
    private final double total;
    private final List<Postings> lists = new ArrayList<>();
    private double[] mostFrom;

    TermPostings(TextPostings postings, List<TermGroup> groups) {
        this.groups = groups;
        this.total = groups.stream().mapToDouble(TermGroup::weight).sum();
        if (total == 0) {
            return;
        }
        for (int g = 0; g < groups.size(); g++) {
            List<String> forms = groups.get(g).forms();
            for (int f = 0; f < forms.size(); f++) {
                lists.add(new Postings(postings.containing(forms.get(f)), g, f, true));
                for (int i = 0; forms.get(f).length() >= 3 && i < forms.get(f).length() - 1; i++) {
                    lists.add(new Postings(postings.withPair(forms.get(f), i), g, f, false));
                }
            }
        }
        lists.sort(Comparator.comparingInt(p -> p.positions().length));
    }

    int lists() {
        return lists.size();
    }

    /** The tasks of list {@code k}, ascending. */
    int[] list(int k) {
        return lists.get(k).positions();
    }

    /** The share of the question the task at {@code position} covers (0 for a task in no list). */
    double coverage(int position) {
        if (total == 0) {
            return 0;
        }
        double covered = 0;
        for (int g = 0; g < groups.size(); g++) {
            double match = match(g, position);
            if (match > 0) {
                covered += groups.get(g).weight() * match;
            }
        }
        return covered == 0 ? 0 : covered / total;
    }

    /**
     * The most a task in none of the lists before {@code k} can cover: per group its weight (0.6 of it once every
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
                if (p.group() == g) {
                    wholeAhead |= p.whole();
                    ahead += p.whole() ? 1 : 0.6 / (groups.get(g).forms().get(p.form()).length() - 1);
                }
            }
            most += groups.get(g).weight() * Math.min(wholeAhead ? 1 : 0.6, ahead);
        }
        return most / total;
    }

    /** As {@link TermCoverage#match}, from the lists: 1 when a form is held whole, else the best share of pairs. */
    private double match(int g, int position) {
        int[] pairsFound = new int[groups.get(g).forms().size()];
        for (Postings p : lists) {
            if (p.group() == g && Arrays.binarySearch(p.positions(), position) >= 0) {
                if (p.whole()) {
                    return 1;
                }
                pairsFound[p.form()]++;
            }
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
