package org.policygraph.ask.retrieve;

import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.Texts;

/**
 * A question that writes a clause's own title whole names that clause: asked 「加强司法监督，政法委牵头，配合的是哪些」,
 * the item titled 「加强司法监督」 is the one, though the item 「维护司法公正和权威」 (led by the same unit) holds the
 * question's words 司法 and 监督 as often. It brings no task itself.
 */
final class TitleRetriever implements Retriever {
    /** Shorter titles (「总体要求」, 「招商引资」) are written in questions without naming an item. */
    private static final int MIN_TITLE = 5;
    private final String question;

    TitleRetriever(Question question) {
        this.question = Texts.fold(question.text());
    }

    @Override
    public String name() {
        return "titles";
    }

    @Override
    public double score(TaskIndex.Entry entry) {
        String headings = entry.headings();
        String title = headings.substring(headings.lastIndexOf('>') + 1);
        return title.length() >= MIN_TITLE && question.contains(title) ? 1 : 0;
    }
}
