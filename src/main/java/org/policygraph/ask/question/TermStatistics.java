package org.policygraph.ask.question;

import java.util.List;

/** How the indexed tasks use words: what the reader weighs a question's terms by, and how it picks a phrase's forms. */
public interface TermStatistics {

    /** Inverse document frequency of a group: its most common form decides. Unknown terms get a middling weight. */
    double idf(TermGroup group);

    /** Of the given words, those some task contains, the most used first, at most {@code max}. */
    List<String> mostUsed(List<String> words, int max);
}
