package org.policygraph.ask.retrieve;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.policygraph.ask.question.Question;
import org.policygraph.ask.retrieve.TaskIndex.Entry;

/**
 * The in-scope tasks of highest coverage plus boost (ties: reading order), found the way a search engine finds its
 * top hits: the postings of the question's terms are walked shortest first, each task met is scored whole, and the
 * walk stops when no task left in the longer lists (the common character pairs) could beat the worst of a full
 * pool. The pool is the one every covering task offered would give; its cost follows the rare terms. The postings
 * hold distinct texts: a clause that copies repeat is scored once, and its copies are offered only when its
 * coverage plus the most boost could still enter the pool.
 */
final class LexicalPool {
    /** Scores below what a list's bound allows only by rounding: never let it decide a stop. */
    private static final double ROUNDING = 1e-9;
    private final TaskIndex index;
    private final TextPostings texts;
    private final TermPostings terms;
    private final Question question;
    private final ToDoubleFunction<Entry> boost;
    private final PositionScores coverage = new PositionScores(256);
    private final BitSet seen = new BitSet();
    private final BitSet walked = new BitSet();
    private final PriorityQueue<Candidate> best = new PriorityQueue<>(Candidate.ORDER.reversed());
    private final int size;
    private double maxBoost = Double.MAX_VALUE;
    /** The documents the question names (their tasks may be boosted past maxBoost). */
    private final Set<String> named;
    /** The most a task the walk did not meet may cover: 0 once every list is walked. */
    private double uncovered;
    /** How many lists (shortest first) the walk read whole: a text it did not meet is in none of them. */
    private int known;

    /** boost: what a task scores beside its coverage, at most {@code maxBoost} for any task of the question. */
    LexicalPool(TaskIndex index, Question question, ToDoubleFunction<Entry> boost, int size) {
        this.index = index;
        this.texts = index.postings();
        this.terms = index.postingsOf(question.terms());
        this.question = question;
        this.named = index.byEntryDocument(question.documentBoosts()).keySet();
        this.boost = boost;
        this.size = size;
    }

    /** The share of the question a task covers (computed once per distinct text). */
    double coverage(Entry entry) {
        int text = texts.textOf(entry.position());
        return coverageOf(text, walked.get(text) ? 0 : known);
    }

    /** {@code from}: the text is in none of the lists before it. */
    private double coverageOf(int text, int from) {
        if (!coverage.contains(text)) {
            coverage.put(text, terms.coverage(text, from));
        }
        return coverage.get(text);
    }

    /**
     * Walks the postings until no task left there can enter the pool. {@code outside}: the most boost() gives a task
     * of a document the question does not name (no document boost); a named document's tasks may score more, so the
     * walk offers them whenever their text is met, and {@link #offerDocument} offers the rest with what a task left
     * unwalked may still cover. A document boost (a title word at 40 copies names forty documents) then no longer
     * keeps the walk going through the common pairs' lists for every other document.
     */
    void walkTerms(double outside) {
        this.maxBoost = outside;
        for (int k = 0; k < terms.lists(); k++) {
            known = k;
            if (stops(k)) {
                return;
            }
            int[] list = terms.list(k);
            for (int n = 0; n < list.length; n++) {
                // the unmet texts of this list cover at most most(k) too: the worst may have risen past it mid-list
                if ((n & 63) == 63 && stops(k)) {
                    return;
                }
                int text = list[n];
                if (walked.get(text)) {
                    continue;
                }
                walked.set(text);
                // met first here: in none of the lists before (the holders' offers read it from here)
                double covered = coverageOf(text, k);
                // each holder outside the named documents scores the text's coverage plus at most `outside`: past
                // the worst of a full pool none of them can enter (the worst only rises)
                boolean onlyNamed = full() && covered + outside + ROUNDING < best.peek().score();
                if (onlyNamed && named.isEmpty()) {
                    continue;
                }
                for (int i = texts.from(text); i < texts.from(text + 1); i++) {
                    Entry entry = index.entries().get(texts.holder(i));
                    if (!onlyNamed || named.contains(entry.docKey())) {
                        offer(entry);
                    }
                }
            }
        }
        known = terms.lists(); // every list read whole: a text not met covers nothing
    }

    /** Whether no task in none of the lists before {@code k} can enter a full pool from outside the named documents. */
    private boolean stops(int k) {
        if (full() && terms.most(k) + maxBoost + ROUNDING < best.peek().score()) {
            uncovered = terms.most(k);
            return true;
        }
        return false;
    }

    /**
     * Offers the tasks of a named document while one of them could still enter ({@code most}: the most boost() gives
     * any of them; those the walk did not meet cover at most what it left uncovered).
     */
    boolean offerDocument(List<Entry> tasks, double most) {
        if (full() && uncovered + most < best.peek().score()) {
            return false;
        }
        for (Entry entry : tasks) {
            // a task whose text the walk did not meet covers at most what it left: scored only if that could enter
            if (walked.get(texts.textOf(entry.position())) || !full()
                    || uncovered + boost.applyAsDouble(entry) + ROUNDING >= best.peek().score()) {
                offer(entry);
            }
        }
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
        if (boosted > maxBoost + ROUNDING && !named.contains(entry.docKey())) {
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
