package org.policygraph.ask.retrieve;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

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

    public record Found(TaskFacts task, String sentence, double coverage) {
    }

    private SentenceFinder() {
    }

    public static Optional<Found> find(Evidence evidence, BiPredicate<TaskFacts, String> holds) {
        Found best = null;
        double bestScore = 0;
        double topScore = evidence.ranked().isEmpty() ? 1 : evidence.ranked().get(0).score();
        List<TaskFacts> tasks = evidence.tasks().stream().limit(TASKS).toList();
        double strongest = tasks.isEmpty() ? 0 : evidence.coverageOf(tasks.get(0).id());
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
                if (!about || !holds.test(task, sentence)) {
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
}
