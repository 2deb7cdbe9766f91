package org.policygraph.ask.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.policygraph.ask.Answer;
import org.policygraph.ask.Asker;
import org.policygraph.ask.AskOptions;
import org.policygraph.ask.GraphView;
import org.policygraph.ask.QuestionText;
import org.policygraph.ask.question.Glossary;
import org.policygraph.graph.read.ProgressBoard;
import org.policygraph.graph.read.ProgressItem;

/**
 * The 督办 questions (issue 26) in front of the general asker: a question with progress cues, asked while the
 * graph holds progress reports, is answered from the board as of its date (the question's, else today's);
 * every other question goes to the general asker unchanged.
 */
public final class ProgressAsker implements Asker {
    private final Asker general;
    private final ProgressBoard board;
    private final Clock clock;
    private final ProgressCues cues = new ProgressCues();
    private final ProgressQuestionReader reader = new ProgressQuestionReader(cues, new Glossary());
    private final ProgressAnswers answers;

    public ProgressAsker(Asker general, ProgressBoard board, Clock clock) {
        this.general = general;
        this.board = board;
        this.clock = clock;
        this.answers = new ProgressAnswers(board, cues);
    }

    @Override
    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, AskOptions.DEFAULT);
    }

    @Override
    public Answer ask(String question, String conversationId, AskOptions options) {
        long start = System.nanoTime();
        Optional<ProgressQuestion> read = read(question);
        if (read.isEmpty()) {
            return general.ask(question, conversationId, options);
        }
        ProgressAnswers.Composed composed = answers.answer(read.get());
        Answer answer = new Answer(composed.text(), composed.citations(), GraphView.empty(), conversationId,
                "progress:" + read.get().kind(), (System.nanoTime() - start) / 1_000_000);
        options.sendLines(answer);
        return answer;
    }

    private Optional<ProgressQuestion> read(String question) {
        String text = QuestionText.normalise(question);
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
