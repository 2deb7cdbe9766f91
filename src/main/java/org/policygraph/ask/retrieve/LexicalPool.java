package org.policygraph.ask.retrieve;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToDoubleFunction;

import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.TaskIndex.Entry;

/**
 * The in-scope tasks of highest coverage plus boost (ties: reading order), found the way a search engine finds its
 * top hits: the postings of the question's terms are walked shortest first, each task met is scored whole, and the
 * walk stops when no task left in the longer lists (the common character pairs) could beat the worst of a full
 * pool. The pool is the one every covering task offered would give; its cost follows the rare terms.
 */
final class LexicalPool {
    /** Scores below what a list's bound allows only by rounding: never let it decide a stop. */
    private static final double ROUNDING = 1e-9;
    private final TaskIndex index;
    private final TermPostings terms;
    private final Question question;
    private final ToDoubleFunction<Entry> boost;
    private final PositionScores coverage = new PositionScores(256);
    private final BitSet seen = new BitSet();
    private final PriorityQueue<Candidate> best = new PriorityQueue<>(Candidate.ORDER.reversed());
    private final int size;
    private double maxBoost = Double.MAX_VALUE;

    /** boost: what a task scores beside its coverage, at most {@code maxBoost} for any task of the question. */
    LexicalPool(TaskIndex index, Question question, ToDoubleFunction<Entry> boost, int size) {
        this.index = index;
        this.terms = index.postingsOf(question.terms());
        this.question = question;
        this.boost = boost;
        this.size = size;
    }

    /** The share of the question a task covers (computed once per task). */
    double coverage(Entry entry) {
        int position = entry.position();
        if (!coverage.contains(position)) {
            coverage.put(position, terms.coverage(position));
        }
        return coverage.get(position);
    }

    /** Walks the postings until no task left there can enter the pool; {@code maxBoost}: the most boost() gives. */
    void walkTerms(double maxBoost) {
        this.maxBoost = maxBoost;
        for (int k = 0; k < terms.lists(); k++) {
            if (full() && terms.most(k) + maxBoost + ROUNDING < best.peek().score()) {
                return;
            }
            for (int position : terms.list(k)) {
                offer(index.entries().get(position));
            }
        }
    }

    /** Offers the tasks of a document while one of them could still enter ({@code most}: the most any scores). */
    boolean offerDocument(List<Entry> tasks, double most) {
        if (full() && most < best.peek().score()) {
            return false;
        }
        tasks.forEach(this::offer);
        return true;
    }

    List<Entry> entries() {
        return best.stream().sorted(Candidate.ORDER).map(Candidate::entry).toList();
    }

    private boolean full() {
        return best.size() >= size;
    }

    private void offer(Entry entry) {
        if (offered(entry)) {
            return;
        }
        double boosted = boost.applyAsDouble(entry);
        if (boosted > maxBoost + ROUNDING) {
            // the walk stopped on a bound this boost breaks: tasks it skipped may have belonged in the pool
            throw new IllegalStateException("A task's boost " + boosted + " is above the bound " + maxBoost);
        }
        double score = coverage(entry) + boosted;
        // a full pool keeps a newcomer only if it beats the worst (on a tie, the worst comes later in reading)
        Candidate worst = full() ? best.peek() : null;
        if ((worst == null || score > worst.score() || score == worst.score()
                && entry.position() < worst.entry().position()) && question.inScope(entry.docKey())) {
            best.add(new Candidate(entry, score));
            if (best.size() > size) {
                best.poll();
            }
        }
    }

    private boolean offered(Entry entry) {
        if (seen.get(entry.position())) {
            return true;
        }
        seen.set(entry.position());
        return false;
    }

    /** A task and its lexical score; ORDER: best first, ties in reading order. */
    private record Candidate(Entry entry, double score) {
        static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(c -> c.entry().position());
    }
}
