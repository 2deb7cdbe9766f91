package org.policygraph.ask.retrieve;

import java.util.List;

import org.policygraph.ask.question.TermGroup;

/**
 * How much of a question's weight a task's text covers: a term group counts whole when one of its forms is in the
 * text, and a form of three characters or more in part by the share of its character pairs the text holds (read
 * from the postings for many tasks at once by {@link TermPostings}).
 */
final class TermCoverage {
    private TermCoverage() {
    }

    /** Share of the question's weight a text covers; a multi-character term half-present counts in part. */
    static double of(List<TermGroup> groups, String folded) {
        double total = 0;
        double covered = 0;
        for (TermGroup group : groups) {
            total += group.weight();
            covered += group.weight() * match(group, folded);
        }
        return total == 0 ? 0 : covered / total;
    }

    static double match(TermGroup group, String folded) {
        if (group.foundIn(folded)) {
            return 1;
        }
        double best = 0;
        for (String form : group.forms()) {
            if (form.length() >= 3) {
                best = Math.max(best, bigramShare(form, folded) * 0.6);
            }
        }
        return best;
    }

    private static double bigramShare(String form, String folded) {
        int pairs = form.length() - 1;
        int found = 0;
        for (int i = 0; i < pairs; i++) {
            if (folded.contains(form.substring(i, i + 2))) {
                found++;
            }
        }
        return pairs == 0 ? 0 : (double) found / pairs;
    }
}
