package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policygraph.ask.question.Question;

/**
 * Term coverage: the share of the question's weighted terms a task holds. It brings the {@code size} in-scope tasks
 * of highest coverage plus prior (the fusion's document hints and unit bonuses), the tasks of the documents the
 * question names among them.
 */
final class CoverageRetriever implements Retriever {
    /** No document has an empty key: the bound of {@link WeightedFusion#mostPriorIn} for a document not named. */
    private static final String UNNAMED = "";
    private final LexicalPool pool;

    CoverageRetriever(TaskIndex index, Question question, WeightedFusion fusion, int size) {
        pool = new LexicalPool(index, question, fusion::prior, size);
        // the walk's bound: the most prior of a task of a document the question does not name (no such key)
        pool.walkTerms(fusion.mostPriorIn(UNNAMED));
        // the remaining tasks of a named document cover at most what the walk left, so they score at most that plus
        // its prior: documents whose best cannot beat a full pool's worst are not walked at all
        List<Map.Entry<String, Double>> named = new ArrayList<>(question.documentBoosts().entrySet());
        named.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (Map.Entry<String, Double> doc : named) {
            if (!pool.offerDocument(index.ofDocument(doc.getKey()), fusion.mostPriorIn(doc.getKey()))) {
                break;
            }
        }
    }

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public List<String> found() {
        return pool.entries().stream().map(TaskIndex.Entry::id).toList();
    }

    @Override
    public double score(TaskIndex.Entry entry) {
        return pool.coverage(entry);
    }
}
