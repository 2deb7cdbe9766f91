package org.policygraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.ask.compose.AnswerComposer;
import org.policygraph.ask.compose.Draft;
import org.policygraph.ask.compose.GraphAnswerPart;
import org.policygraph.ask.question.GraphQuestion;
import org.policygraph.ask.question.GraphQuestionReader;
import org.policygraph.ask.question.Glossary;
import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.QuestionReader;
import org.policygraph.ask.question.Segmenter;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.ClauseIndex;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.IndexFolder;
import org.policygraph.ask.retrieve.QuestionEmbedder;
import org.policygraph.ask.retrieve.Ranked;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.ask.retrieve.TaskRanker;
import org.policygraph.ask.retrieve.TaskVectors;
import org.policygraph.graph.Futures;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.TaskFacts;

/**
 * Answers questions from the policy graph without a language model: reads the question (cues, HanLP, glossary),
 * ranks tasks (coverage, full-text, vectors, document hints), writes the answer with citations.
 * Thread-safe; build one per process. Call {@link #refresh()} after an import changes the graph.
 */
public final class AskService implements Asker {
    private static final int MAX_QUESTION = 500;
    private static final int EVIDENCE = 8;
    private final PolicyReader reader;
    private final EmbeddingModel embeddingModel;
    private final Glossary glossary = new Glossary();
    private final Conversations conversations = new Conversations();
    private final QuestionEmbedder embedder;
    private final IndexFolder indexes;
    private volatile Parts parts;

    /** What is built from one state of the graph, swapped whole on refresh; version: the graph version read. */
    private record Parts(String version, Catalog catalog, QuestionReader questions, TaskRanker ranker,
                         AnswerComposer composer, AnswerCache answers, GraphQuestionReader graphQuestions,
                         GraphAnswerPart graphAnswers) {
    }

    /** embeddingModel may be null (no semantic search then). */
    public AskService(PolicyReader reader, EmbeddingModel embeddingModel) {
        this(reader, embeddingModel, IndexFolder.temporary());
    }

    /** dataDir: where the catalog, clause index and vector graph of each graph version are kept between starts. */
    public AskService(PolicyReader reader, EmbeddingModel embeddingModel, java.nio.file.Path dataDir) {
        this(reader, embeddingModel, IndexFolder.under(dataDir));
    }

    private AskService(PolicyReader reader, EmbeddingModel embeddingModel, IndexFolder indexes) {
        this.reader = reader;
        this.embeddingModel = embeddingModel;
        this.indexes = indexes;
        this.embedder = new QuestionEmbedder(embeddingModel);
        refresh();
    }

    /** Loads HanLP's dictionaries, which otherwise happens on the first question; safe on any thread. */
    public static void preload() {
        Segmenter.preload();
    }

    /**
     * Starts reading the English dictionary (CC-CEDICT, a second and a half of one core) on a thread of its own:
     * called once the server serves, so that start-up does not share its two cores with it.
     */
    public static void preloadEnglish() {
        QuestionReader.preloadEnglish();
    }

    /** Re-reads documents, departments and task facts from the graph, and forgets every cached answer. */
    public synchronized void refresh() {
        String version = reader.graphVersion();
        IndexFolder folder = indexes.forVersion(version);
        // the vectors travel from the store (or their saved graph is mapped) while the catalog is read, the clause
        // index is built (or mapped) while the question reader is: start-up waits for the longest of each pair
        CompletableFuture<TaskVectors.Loaded> vectorRows = embeddingModel == null
                ? CompletableFuture.completedFuture(TaskVectors.Loaded.none())
                : CompletableFuture.supplyAsync(() -> TaskVectors.Loaded.read(folder, reader::taskVectors));
        Catalog catalog = Catalog.load(reader, folder);
        CompletableFuture<ClauseIndex> clauses = CompletableFuture.supplyAsync(
                () -> new ClauseIndex(folder, catalog.facts().all()));
        Segmenter segmenter = new Segmenter(catalog.vocabulary(glossary));
        QuestionReader questions = new QuestionReader(glossary, catalog.departments(), catalog.hints(),
                catalog.index(), segmenter);
        TaskVectors vectors = Futures.join(vectorRows).withDocuments(id -> {
            TaskIndex.Entry task = catalog.index().byId().get(id);
            return task == null ? null : task.docKey();
        });
        TaskRanker ranker = new TaskRanker(catalog.index(), catalog.departments(), Futures.join(clauses),
                embedder, vectors);
        parts = new Parts(version, catalog, questions, ranker, new AnswerComposer(catalog, reader, glossary),
                new AnswerCache(), new GraphQuestionReader(catalog.departments()),
                new GraphAnswerPart(catalog, reader.tallies(), glossary));
        folder.deleteOtherVersions();
    }

    /** Waits until the nearest-task search runs on its HNSW graph rather than an exact scan (see TaskVectors). */
    public void awaitVectorGraph() {
        parts.ranker().awaitVectorGraph();
    }

    /**
     * Refreshes when the graph's version differs from the one last read (another process's import, an upload, the
     * background vector build); true when it did.
     */
    public synchronized boolean refreshIfChanged() {
        if (java.util.Objects.equals(reader.graphVersion(), parts.version())) {
            return false;
        }
        refresh();
        return true;
    }

    @Override
    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, AskOptions.DEFAULT);
    }

    /** Each line of the answer goes to {@code options.lines()} as soon as it is composed. */
    @Override
    public Answer ask(String question, String conversationId, AskOptions options) {
        long start = System.nanoTime();
        String text = QuestionText.normalise(question);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The question is empty");
        }
        text = text.length() > MAX_QUESTION ? text.substring(0, MAX_QUESTION) : text;
        String conversation = conversations.idFor(conversationId);
        Parts current = parts;
        AnswerCache.Key key = new AnswerCache.Key(text, conversations.previous(conversation).orElse(null));
        Optional<AnswerCache.Entry> cached = options.useCaches() ? current.answers().get(key) : Optional.empty();
        if (cached.isPresent()) {
            conversations.remember(conversation, cached.get().understood());
            Answer answer = cached.get().answer();
            options.sendLines(answer);
            return new Answer(answer.answer(), answer.citations(), answer.graph(), conversation, answer.query(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        Question understood = current.questions().read(text, key.previous());
        conversations.remember(conversation, understood);
        // counts, rankings and due lists are answered by the graph's own queries, not from retrieved clauses
        Optional<GraphQuestion> graphQuestion = current.graphQuestions().read(understood, java.time.LocalDate.now());
        Draft draft = graphQuestion.isPresent()
                ? current.graphAnswers().write(graphQuestion.get(), understood, options.lines())
                : composed(current, understood, options);
        String query = String.join("\n", draft.queries().stream().map(PolicyReader::cypher).toList());
        Answer answer = new Answer(draft.text(), draft.citations(), draft.graph(), conversation, query,
                (System.nanoTime() - start) / 1_000_000);
        current.answers().put(key, new AnswerCache.Entry(understood, answer));
        return answer;
    }

    private static Draft composed(Parts current, Question understood, AskOptions options) {
        List<Ranked> ranked = retrieve(current, understood, options.useCaches());
        List<TaskFacts> facts = current.catalog().facts().of(ranked.stream().limit(EVIDENCE).map(Ranked::id).toList());
        return current.composer().compose(understood, new Evidence(understood, ranked, facts), options.lines());
    }

    /**
     * The ids of the k clauses an answer to the question would draw on, best first: retrieval measured alone. A
     * department's listed tasks come first when their department is asked; the header of the answer's document
     * (number, title, date: what its source line quotes) comes first when the document is asked, else after the
     * first clause (with what it needs beside it: a lead-in's items, a table's note) or the listed tasks.
     */
    public List<String> evidence(String question, int k) {
        Parts current = parts;
        Question understood = current.questions().read(QuestionText.normalise(question), null);
        List<String> ids = new ArrayList<>();
        if (understood.asks(Kind.DEPT_TASKS) && !understood.departments().isEmpty()) {
            ids.addAll(current.catalog().departmentTasks(reader).find(understood, understood.departments().get(0))
                    .chosen());
        }
        int listed = ids.size();
        retrieve(current, understood, true).stream().map(Ranked::id).filter(id -> !ids.contains(id))
                .forEach(ids::add);
        if (!ids.isEmpty()) {
            TaskIndex.Entry first = current.catalog().index().byId().get(ids.get(0));
            String topDocument = first == null ? null : first.docKey();
            boolean documentAsked = understood.asks(Kind.DOCUMENT);
            Optional<DocumentSummary> document = documentAsked && !understood.asksFact()
                    ? current.catalog().documentAsked(understood, topDocument)
                    : Optional.ofNullable(topDocument).flatMap(current.catalog()::document);
            int group = first == null ? 1
                    : 1 + current.catalog().index().attachedTo(first, TaskRanker.INTRODUCED).size();
            document.ifPresent(d -> ids.add(documentAsked ? 0 : Math.max(group, listed), "doc:" + d.key()));
        }
        return ids.subList(0, Math.min(k, ids.size()));
    }

    /** The ranked clauses an answer is composed from; a recurring topic takes each document's best first. */
    private static List<Ranked> retrieve(Parts current, Question understood, boolean useCaches) {
        List<Ranked> ranked = current.ranker().rank(understood, understood.asks(Kind.CROSS_DOC) ? 40 : EVIDENCE * 2,
                useCaches);
        return understood.asks(Kind.CROSS_DOC) ? diversified(ranked) : ranked;
    }

    /** How a question was understood and what was found, for tuning (not shown to users). */
    public String explain(String question) {
        Parts current = parts;
        Question q = current.questions().read(question, null);
        StringBuilder out = new StringBuilder("kinds=" + q.kinds() + " lang=" + q.language() + " depts="
                + q.departments() + " year=" + q.year() + "\nterms=");
        q.terms().forEach(t -> out.append(t.forms()).append(String.format(":%.2f ", t.weight())));
        out.append("\nboosts=");
        q.documentBoosts().entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(3)
                .forEach(e -> out.append(e.getKey()).append(String.format(":%.2f ", e.getValue())));
        for (Ranked r : current.ranker().rank(q, 6)) {
            String text = current.catalog().index().byId().get(r.id()).folded();
            out.append(String.format("%n  %.3f cov=%.2f %s %s", r.score(), r.coverage(), r.id(),
                    text.substring(0, Math.min(70, text.length()))));
        }
        return out.toString();
    }

    /** The best task of each of the first documents, then the rest: a recurring topic needs every document. */
    private static List<Ranked> diversified(List<Ranked> ranked) {
        List<Ranked> firsts = new ArrayList<>();
        java.util.Set<String> docs = new java.util.HashSet<>();
        for (Ranked r : ranked) {
            if (docs.size() < 4 && docs.add(r.docKey())) {
                firsts.add(r);
            }
        }
        List<Ranked> all = new ArrayList<>(firsts);
        ranked.stream().filter(r -> !firsts.contains(r)).forEach(all::add);
        return all;
    }

}
