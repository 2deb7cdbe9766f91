package org.policygraph.ask.compose;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.SentenceFinder;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.extract.Deadline;
import org.policygraph.extract.DeadlineReader;
import org.policygraph.graph.read.TaskFacts;

/** When a task is due: the graph's DUE_BY deadline, else the time limits written in the best sentence. */
final class DeadlinePart {
    /** Asks when the work is finished, not when anything happens (「时间节点」, "when"): a start date does not answer it. */
    private static final Pattern ASKS_COMPLETION = Pattern.compile(
            "完成|建成|竣工|完工|办结|结束|投用|投入使用|finish|complete|done|by when", Pattern.CASE_INSENSITIVE);
    private final Labels labels;
    private boolean startOnly;

    DeadlinePart(Labels labels) {
        this.labels = labels;
    }

    /**
     * The task has only a start date (「5月底前开工」) and the question asks a time point, not a completion
     * (「时间节点是？」): the start date written is the answer, not a refusal.
     */
    boolean answeredByStart(String question) {
        return startOnly && !ASKS_COMPLETION.matcher(question).find();
    }

    /** The task the answer rests on, or empty when no time limit is written (the caller says so). */
    Optional<TaskFacts> write(Evidence evidence, Draft draft) {
        Wording w = labels.wording();
        Optional<SentenceFinder.Found> found = SentenceFinder.find(evidence, (t, s) -> !limits(t, s).isEmpty());
        Optional<TaskFacts> top = evidence.top().filter(t -> t.dueText() != null && evidence.names(t))
                .or(() -> found.isEmpty() ? DatedClause.among(evidence) : Optional.empty());
        if (top.isPresent() && top.get().dueText() != null
                && (found.isEmpty() || found.get().task().id().equals(top.get().id()))) {
            TaskFacts task = top.get();
            if ("start".equals(task.dueKind()) || writtenAsStart(task)) {
                // 「3月底前开工」 says when work starts, not when it is done
                draft.line(w.say("deadline.startOnly", task.dueText()));
                startOnly = true;
                return Optional.empty();
            }
            String due = task.dueText() + (labels.english() && task.dueDate() != null ? " (" + task.dueDate() + ")" : "");
            draft.line(w.say("deadline.graph", due));
            if (task.dueQuote() != null) {
                // a staged cell: the date asked may be a later stage (「…；10月1日，大厅正式启用运行」)
                draft.line(w.say("deadline.cell", task.dueQuote()));
            }
            // 「…一年内完成…；特别重大复杂的，…两年内完成…。」: the clauses of one sentence share what is due
            String clause = found.map(SentenceFinder.Found::sentence).orElse(task.dueText());
            String sentence = wholeSentence(task, clause);
            List<String> more = limits(task, sentence).stream().filter(l -> !task.dueText().contains(l)
                    && !l.contains(task.dueText())).toList();
            if (!more.isEmpty()) {
                draft.line(w.say("deadline.more", String.join(w.listSeparator(), more)));
            }
            if (found.isPresent() || !more.isEmpty()) {
                draft.line(w.say("source.quote", more.isEmpty() ? clause : sentence));
            }
            return top;
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SentenceFinder.Found f = found.get();
        draft.line(w.say("deadline.text", String.join(w.listSeparator(), limits(f.task(), f.sentence()))));
        draft.line(w.say("source.quote", f.sentence()));
        return Optional.of(f.task());
    }

    /** The clause writes its limit as a start: a table cell 「5月底前动工」 for the row 「开工建设县老年养护楼」. */
    private static boolean writtenAsStart(TaskFacts task) {
        String text = Sentences.textOf(task).replaceAll("\\s+", "");
        return Pattern.compile(Pattern.quote(task.dueText().replaceAll("\\s+", "")) + "(?:以前|之前)?(?:动工|开工)")
                .matcher(text).find();
    }

    /** The sentence (up to 。) of the task that holds the clause. */
    private static String wholeSentence(TaskFacts task, String clause) {
        for (String sentence : Sentences.textOf(task).split("(?<=[。！？!?])")) {
            if (sentence.contains(clause.strip())) {
                return sentence.strip();
            }
        }
        return clause;
    }

    /**
     * Every time limit the sentence writes, read as the import reads them (the task's document year for 年底前); a
     * start (「3月底前开工」) is no time limit for finishing. Without one, the points in the year it names (年初).
     */
    private static List<String> limits(TaskFacts task, String sentence) {
        Integer year = task.issuedOn() == null || task.issuedOn().length() < 4 ? null
                : Integer.valueOf(task.issuedOn().substring(0, 4));
        List<String> limits = DeadlineReader.allInText(sentence, year).stream()
                .filter(d -> !"start".equals(d.kind())).map(Deadline::text).distinct().toList();
        return limits.isEmpty() ? TimeWords.in(sentence) : limits;
    }
}
