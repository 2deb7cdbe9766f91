package org.policygraph.ask.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.policygraph.ask.Answer;
import org.policygraph.ask.GraphView;
import org.policygraph.ask.question.Glossary;
import org.policygraph.graph.read.ProgressBoard;
import org.policygraph.graph.read.ProgressItem;

/**
 * The 督办 questions (issue 26), a step of the question's path: a question with progress cues, asked while the
 * graph holds progress reports, is answered from the board as of its date (the question's, else today's); for
 * every other question this step has no answer and the path goes on.
 */
public final class ProgressDesk {
    private final ProgressBoard board;
    private final Clock clock;
    private final ProgressCues cues = new ProgressCues();
    private final ProgressQuestionReader reader = new ProgressQuestionReader(cues, new Glossary());
    private final ProgressAnswers answers;

    public ProgressDesk(ProgressBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
        this.answers = new ProgressAnswers(board, cues);
    }

    /** {@code text}: the normalised question; {@code start}: when it was asked (System.nanoTime). */
    public Optional<Answer> answer(String text, String conversationId, long start) {
        return read(text).map(question -> {
            ProgressAnswers.Composed composed = answers.answer(question);
            return new Answer(composed.text(), composed.citations(), GraphView.empty(), conversationId,
                    "progress:" + question.kind(), (System.nanoTime() - start) / 1_000_000);
        });
    }

    private Optional<ProgressQuestion> read(String text) {
        if (text.isEmpty() || !reader.cued(text) || !board.hasReports()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> units = new LinkedHashSet<>();
        Set<String> leaders = new LinkedHashSet<>();
        for (ProgressItem item : board.reported(LocalDate.of(9999, 12, 31))) {
            units.addAll(item.leads());
            units.addAll(item.units());
            leaders.addAll(item.leaders());
        }
        return reader.read(text, today, units, leaders);
    }
}
