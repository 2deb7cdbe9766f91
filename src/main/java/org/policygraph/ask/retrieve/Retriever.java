package org.policygraph.ask.retrieve;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One way of finding the tasks of one read question (term coverage, BM25, vectors, document hints, a unit's
 * postings): the tasks it brings, and its score for any task another retriever brought. {@link WeightedFusion}
 * combines the scores.
 */
interface Retriever {
    /** The name its weight has in graph-import/retrieval-weights.tsv. */
    String name();

    /** The tasks it brings, best first; a prior (document hints, a unit's postings, lists) only re-scores: none. */
    default List<String> found() {
        return List.of();
    }

    /** Its score of a task, 0 to {@link #most()}. */
    double score(TaskIndex.Entry entry);

    /** Its score of each candidate (read together where that is cheaper); a candidate it knows nothing of scores 0. */
    default Map<String, Double> scores(Collection<TaskIndex.Entry> candidates) {
        Map<String, Double> scores = new HashMap<>();
        candidates.forEach(entry -> scores.put(entry.id(), score(entry)));
        return scores;
    }

    /** The most it scores any task of the question. */
    default double most() {
        return 1;
    }

    /** The most it scores a task of the document (a bound the lexical pool stops walking on). */
    default double mostIn(String docKey) {
        return most();
    }
}
