package org.policygraph.ask;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.ask.compose.Draft;
import org.policygraph.ask.question.GraphQuestion;
import org.policygraph.ask.question.Question;
import org.policygraph.graph.read.PolicyReader;

/**
 * A question's one path, read top to bottom in {@link #ask}: the text normalised once; the limit on questions in
 * flight; the store check; the progress desk; then the rule answer (the cache; read the question; a graph question
 * answered by its template, or retrieve, read the asked slots over the evidence and compose); the optional language
 * model; the answer counted. The steps are chosen where the process is wired ({@link AskSteps}); the graph they
 * read is {@link LiveGraph}. Thread-safe.
 */
public final class AskService implements Asker {
    private static final int MAX_QUESTION = 500;
    private final LiveGraph graph;
    private final AskSteps steps;

    /** The rule answers alone ({@link AskSteps#rulesOnly()}); {@code embeddingModel} may be null (no vectors). */
    public AskService(PolicyReader reader, EmbeddingModel embeddingModel) {
        this(new LiveGraph(reader, embeddingModel), AskSteps.rulesOnly());
    }

    public AskService(LiveGraph graph, AskSteps steps) {
        this.graph = graph;
        this.steps = steps;
    }

    @Override
    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, AskOptions.DEFAULT);
    }

    /** Each line of the answer goes to {@code options.lines()} as soon as it is composed (with a model: once final). */
    @Override
    public Answer ask(String question, String conversationId, AskOptions options) {
        long start = System.nanoTime();
        String text = questionText(question);
        try (AskLimit.Permit permit = steps.limit().enter()) {
            steps.store().require();
            Optional<Answer> progress = steps.progressAnswer(text, conversationId, start);
            Answer answer = progress.orElseGet(() -> ruleAnswer(text, conversationId, steps.forRules(options), start));
            if (steps.assisted()) {
                answer = steps.model().assist(text, answer, start);
            }
            if (steps.assisted() || progress.isPresent()) {
                options.sendLines(answer);
            }
            steps.conversations().answered(answer.conversationId());
            steps.counter().answered(options.channel(), answer);
            return answer;
        }
    }

    @Override
    public boolean continues(String conversationId) {
        return steps.conversations().knows(conversationId);
    }

    /** The question as read by every step: normalised once, at most {@value #MAX_QUESTION} characters. */
    private static String questionText(String question) {
        String text = QuestionText.normalise(question);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The question is empty");
        }
        return text.length() > MAX_QUESTION ? text.substring(0, MAX_QUESTION) : text;
    }

    /** From the cache, or read the question, then a graph question's template or retrieve, read slots, compose. */
    private Answer ruleAnswer(String text, String conversationId, AskOptions options, long start) {
        GraphSnapshot current = graph.current();
        Conversations conversations = steps.conversations();
        String conversation = conversations.idFor(conversationId);
        AnswerCache.Key key = new AnswerCache.Key(text, conversations.previous(conversation).orElse(null));
        Optional<AnswerCache.Entry> cached = options.useCaches() ? current.answers().get(key) : Optional.empty();
        if (cached.isPresent()) {
            conversations.remember(conversation, cached.get().understood());
            options.sendLines(cached.get().answer());
            return answer(cached.get().answer(), conversation, start);
        }
        Question understood = current.questions().read(text, key.previous());
        conversations.remember(conversation, understood);
        List<Question> parts = QuestionParts.of(current, text, understood);
        Draft draft = parts.isEmpty() ? draft(current, understood, options)
                : parts.stream().map(part -> draft(current, part, options)).reduce(Draft::then).orElseThrow();
        String query = String.join("\n", draft.queries().stream().map(PolicyReader::cypher).toList());
        Answer answer = new Answer(draft.text(), draft.citations(), draft.graph(), conversation, query, 0);
        current.answers().put(key, new AnswerCache.Entry(understood, answer));
        return answer(answer, conversation, start);
    }

    /**
     * Rows of a table picked by a value the question names; counts, rankings and due lists by the graph's own
     * queries; else retrieve, read the slots and compose.
     */
    private static Draft draft(GraphSnapshot current, Question understood, AskOptions options) {
        Optional<GraphQuestion> graphQuestion = current.graphQuestions().read(understood, LocalDate.now());
        return current.composer().tableRows(understood, graphQuestion.isPresent(), options.lines())
                .or(() -> graphQuestion.map(asked -> current.graphAnswers().write(asked, understood, options.lines())))
                .orElseGet(() -> current.composer().compose(understood,
                        Retrieval.evidence(current, understood, options.useCaches()), options.lines()));
    }

    private static Answer answer(Answer answer, String conversation, long start) {
        return new Answer(answer.answer(), answer.citations(), answer.graph(), conversation, answer.query(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Re-reads the graph now (see {@link LiveGraph#refresh()}). */
    public void refresh() {
        graph.refresh();
    }

    /** See {@link LiveGraph#refreshIfChanged()}. */
    public boolean refreshIfChanged() {
        return graph.refreshIfChanged();
    }

    /** The ids of the k clauses an answer to the question would draw on, best first (see {@link RecallProbe}). */
    public List<String> evidence(String question, int k) {
        return RecallProbe.evidence(graph, question, k);
    }

    /** How a question was understood and what was found, for tuning (not shown to users). */
    public String explain(String question) {
        return RecallProbe.explain(graph, question);
    }
}
