package org.policygraph.ask.retrieve;

import java.util.Map;

import org.policygraph.ask.question.Question;

/**
 * The documents the question names (by number, title words, year, issuer level, place): each task scores its
 * document's boost. It brings no task itself; the lexical pool takes the named documents' tasks in.
 */
final class DocumentHintRetriever implements Retriever {
    private final Question question;
    /** The boosts keyed by the tasks' own document key instances: looked up for every task a question's walk offers. */
    private final Map<String, Double> byEntryDocument;

    DocumentHintRetriever(TaskIndex index, Question question) {
        this.question = question;
        byEntryDocument = index.byEntryDocument(question.documentBoosts());
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public double score(TaskIndex.Entry entry) {
        return byEntryDocument.getOrDefault(entry.docKey(), 0.0);
    }

    @Override
    public double most() {
        return Math.max(0, question.documentBoosts().values().stream().mapToDouble(b -> b).max().orElse(0));
    }

    @Override
    public double mostIn(String docKey) {
        return question.documentBoosts().getOrDefault(docKey, 0.0);
    }
}
