package org.policygraph.ask.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.ask.question.PhraseQuery;
import org.policygraph.ask.question.Question;
import org.policygraph.graph.read.ScoredId;

/** BM25 over the clause texts (Lucene, cjk bigrams): its hits, each scored as a share of the best hit's score. */
final class FullTextRetriever implements Retriever {
    private final Map<String, Double> normalised = new HashMap<>();

    FullTextRetriever(ClauseIndex clauses, Question question, int size) {
        List<ScoredId> hits = clauses.search(PhraseQuery.of(question.terms()), size);
        double max = hits.stream().mapToDouble(ScoredId::score).max().orElse(1);
        hits.forEach(h -> normalised.put(h.id(), max == 0 ? 0 : h.score() / max));
    }

    @Override
    public String name() {
        return "fulltext";
    }

    @Override
    public List<String> found() {
        // best first, ties by task id: the order brought decides ties of the fused score, so it must not be a hash's
        return normalised.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public double score(TaskIndex.Entry entry) {
        return normalised.getOrDefault(entry.id(), 0.0);
    }
}
