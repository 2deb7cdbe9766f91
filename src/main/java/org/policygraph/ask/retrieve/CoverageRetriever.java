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
    private final LexicalPool pool;

    CoverageRetriever(TaskIndex index, Question question, WeightedFusion fusion, int size) {
        pool = new LexicalPool(index, question, fusion::prior, size);
        pool.walkTerms(fusion.mostPrior());
        // the remaining tasks of a named document cover nothing, so they score at most its prior: documents whose
        // best cannot beat a full pool's worst are not walked at all
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
