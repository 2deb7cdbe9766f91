package org.policygraph.ask.retrieve;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.policygraph.ask.question.TermGroup;
import org.policygraph.ask.question.Texts;
import org.policygraph.graph.read.TaskFacts;

/**
 * The sentence among the best few tasks that covers the question and holds what is asked (a date, a figure):
 * sentence coverage counts most, the task's rank breaks ties. A sentence is about the question when it covers
 * enough of it itself, or when its clause as a whole answers the question's terms strongly (the terms are spread
 * over the clause's heading and sentences) and the sentence still carries part of them.
 */
public final class SentenceFinder {
    private static final int TASKS = 4;
    private static final double MIN_COVERAGE = 0.45;
    private static final double STRONG_CLAUSE = 0.7;
    private static final double MIN_IN_STRONG_CLAUSE = 0.25;
    /** A clause this much weaker than the one that answers the question's terms is about something else. */
    private static final double OUTRANKED = 0.75;
    /** The best-ranked clause answers the question this well when no sentence anywhere covers enough of it. */
    private static final double TOP_CLAUSE = 0.4;
    /** A clause whose own title holds this much of the question is the item asked about. */
    private static final double TITLED_ITEM = 0.5;

    public record Found(TaskFacts task, String sentence, double coverage) {
    }

    private SentenceFinder() {
    }

    public static Optional<Found> find(Evidence evidence, BiPredicate<TaskFacts, String> holds) {
        Optional<TermGroup> key = keyTerm(evidence);
        // a task's whole text is folded once, not for each of its sentences
        java.util.Map<String, Boolean> holdsKey = new java.util.HashMap<>();
        BiPredicate<TaskFacts, String> aboutKey = (task, sentence) -> holdsKey.computeIfAbsent(task.id(),
                id -> key.map(k -> k.foundIn(whole(task))).orElse(true) && evidence.names(task))
                && holds.test(task, sentence);
        Optional<Found> about = about(evidence, aboutKey);
        return about.isPresent() ? about : fromTop(evidence, aboutKey);
    }

    /**
     * The question's rarest word (no number) when the best-ranked clause holds it: a figure or date of a clause
     * without it is another topic's (asked 居民收入, 「一般公共预算收入增长8%」 is not its figure; asked 住房保障办法, the
     * row of another regulation does not give its date). A word the best clause lacks constrains nothing: the
     * documents may word it otherwise, or it is the asker's own (「冲到多少」).
     */
    private static Optional<TermGroup> keyTerm(Evidence evidence) {
        Optional<TermGroup> rarest = evidence.question().terms().stream()
                .filter(t -> t.display().length() >= 2 && !t.display().matches("[\\d.%]+"))
                .max(java.util.Comparator.comparingDouble(TermGroup::weight));
        return rarest.filter(t -> evidence.top().map(top -> t.foundIn(whole(top))).orElse(false));
    }

    static String whole(TaskFacts task) {
        return Texts.fold(task.sectionHeading()) + "|" + Texts.fold(Sentences.textOf(task));
    }

    /**
     * No sentence covers enough of the question (its words are spread over the clause, or some are the reader's
     * guesses), yet the best-ranked clause answers it well and one of its own sentences holds what is asked.
     */
    private static Optional<Found> fromTop(Evidence evidence, BiPredicate<TaskFacts, String> holds) {
        if (evidence.tasks().isEmpty() || evidence.coverageOf(evidence.tasks().get(0).id()) < TOP_CLAUSE) {
            return Optional.empty();
        }
        TaskFacts top = evidence.tasks().get(0);
        String heading = Texts.fold(top.sectionHeading());
        Found best = null;
        for (String sentence : Sentences.split(Sentences.textOf(top))) {
            double coverage = TaskIndex.coverage(evidence.question().terms(), heading + "|" + Texts.fold(sentence));
            if (coverage >= MIN_IN_STRONG_CLAUSE && (best == null || coverage > best.coverage())
                    && holds.test(top, sentence)) {
                best = new Found(top, sentence, coverage);
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Found> about(Evidence evidence, BiPredicate<TaskFacts, String> holds) {
        Found best = null;
        double bestScore = 0;
        double topScore = evidence.ranked().isEmpty() ? 1 : evidence.ranked().get(0).score();
        List<TaskFacts> tasks = evidence.tasks().stream().limit(TASKS).toList();
        double strongest = tasks.isEmpty() ? 0 : evidence.coverageOf(tasks.get(0).id());
        List<TermGroup> subject = subject(evidence);
        for (TaskFacts task : tasks) {
            // 「提高土地审批效率…的完成时限」: when the top clause answers the terms strongly, the date of a weaker one
            // (「提高投资项目审批效率…5月底前」) is not its date
            if (strongest >= STRONG_CLAUSE && evidence.coverageOf(task.id()) < OUTRANKED * strongest) {
                continue;
            }
            double rank = topScore <= 0 ? 0 : evidence.scoreOf(task.id()) / topScore;
            String heading = Texts.fold(task.sectionHeading());
            for (String sentence : Sentences.split(Sentences.textOf(task))) {
                // a sentence inherits the subject of its section (「新郑新港产业集聚区」 > 「…主营业务收入500亿元」)
                double coverage = TaskIndex.coverage(evidence.question().terms(), heading + "|" + Texts.fold(sentence));
                boolean about = coverage >= MIN_COVERAGE
                        || evidence.coverageOf(task.id()) >= STRONG_CLAUSE && coverage >= MIN_IN_STRONG_CLAUSE;
                String where = heading + "|" + Texts.fold(sentence);
                if (!about || !subject.stream().allMatch(t -> t.foundIn(where)) || !holds.test(task, sentence)) {
                    continue;
                }
                Sentences.Scored scored = new Sentences.Scored(sentence, coverage);
                // at equal coverage the more general section wins: a question naming no sub-area means the whole
                double depth = heading.chars().filter(c -> c == '>').count();
                double score = 0.6 * scored.coverage() + 0.25 * rank - 0.015 * depth
                        + evidence.question().documentBoosts().getOrDefault(task.docKey(), 0.0);
                if (score > bestScore) {
                    bestScore = score;
                    best = new Found(task, scored.sentence(), scored.coverage());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What the question is about when the best-ranked clause is an item titled with most of its words (「高校合作项目」):
     * those words. A figure or date of a clause that does not name them belongs to another item.
     */
    private static List<TermGroup> subject(Evidence evidence) {
        if (evidence.tasks().isEmpty()) {
            return List.of();
        }
        String heading = evidence.tasks().get(0).sectionHeading();
        String title = Texts.fold(heading == null ? "" : heading.substring(heading.lastIndexOf('>') + 1));
        List<TermGroup> terms = evidence.question().terms();
        return TaskIndex.coverage(terms, title) >= TITLED_ITEM
                ? terms.stream().filter(t -> t.foundIn(title)).toList() : List.of();
    }
}
