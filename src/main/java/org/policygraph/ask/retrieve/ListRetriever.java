package org.policygraph.ask.retrieve;


import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;

/**
 * A question asking which projects or items a plan lists is answered by a list: a lead-in that introduces items
 * (「重大项目谋划：」 and the projects under it) scores 1, so that it wins over the section's opening prose, which
 * names every subsection's topic in one sentence. It brings no task itself.
 */
final class ListRetriever implements Retriever {
    private final boolean listAsked;

    ListRetriever(Question question) {
        listAsked = question.asks(Kind.PROJECT);
    }

    @Override
    public String name() {
        return "lists";
    }

    @Override
    public double score(TaskIndex.Entry entry) {
        return listAsked && ClauseNeighbours.opensList(entry) ? 1 : 0;
    }

    @Override
    public double most() {
        return listAsked ? 1 : 0;
    }
}
