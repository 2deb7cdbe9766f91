package org.policygraph.ask.retrieve;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

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
    /** The titles the question writes whole: none for most questions, and then the prior adds nothing to any bound. */
    private final Set<String> written = new HashSet<>();

    /** Every clause's own title long enough to name it, and the longest's length: built once with the ranker. */
    record Titles(Set<String> all, int longest) {
        static Titles of(TaskIndex index) {
            Set<String> all = index.entries().stream().map(TitleRetriever::titleOf).filter(t -> t.length() >= MIN_TITLE)
                    .collect(Collectors.toSet());
            return new Titles(all, all.stream().mapToInt(String::length).max().orElse(0));
        }
    }

    TitleRetriever(Question question, Titles titles) {
        String folded = Texts.fold(question.text());
        for (int start = 0; start < folded.length(); start++) {
            for (int end = start + MIN_TITLE; end <= Math.min(folded.length(), start + titles.longest()); end++) {
                String piece = folded.substring(start, end);
                if (titles.all().contains(piece)) {
                    written.add(piece);
                }
            }
        }
    }

    /** The clause's own title: the last of its headings. */
    private static String titleOf(TaskIndex.Entry entry) {
        String headings = entry.headings();
        return headings.substring(headings.lastIndexOf('>') + 1);
    }

    @Override
    public String name() {
        return "titles";
    }

    @Override
    public double score(TaskIndex.Entry entry) {
        return !written.isEmpty() && written.contains(titleOf(entry)) ? 1 : 0;
    }

    @Override
    public double most() {
        return written.isEmpty() ? 0 : 1;
    }
}
