package org.policygraph.ask;

import java.util.concurrent.CompletableFuture;

import org.policygraph.ask.compose.AnswerComposer;
import org.policygraph.ask.compose.GraphAnswerPart;
import org.policygraph.ask.question.Glossary;
import org.policygraph.ask.question.GraphQuestionReader;
import org.policygraph.ask.question.QuestionReader;
import org.policygraph.ask.question.Segmenter;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.ClauseIndex;
import org.policygraph.ask.retrieve.IndexFolder;
import org.policygraph.ask.retrieve.QuestionEmbedder;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.ask.retrieve.TaskRanker;
import org.policygraph.ask.retrieve.TaskVectors;
import org.policygraph.graph.Futures;
import org.policygraph.graph.read.PolicyReader;

/**
 * What the steps of a question read, built from one state of the graph and swapped whole when it changes:
 * the question reader, the ranker, the composer, the graph questions and the answer cache of that state.
 * {@code version} is the graph version it was read at.
 */
record GraphSnapshot(String version, Catalog catalog, QuestionReader questions, TaskRanker ranker,
                     AnswerComposer composer, AnswerCache answers, GraphQuestionReader graphQuestions,
                     GraphAnswerPart graphAnswers) {

    /**
     * Reads documents, departments, task facts and ({@code semantic}: with an embedding model) task vectors, or maps
     * what {@code indexes} saved for this graph version at an earlier start (see {@link IndexFolder}).
     */
    static GraphSnapshot read(PolicyReader reader, Glossary glossary, QuestionEmbedder embedder, boolean semantic,
                              IndexFolder indexes) {
        String version = reader.graphVersion();
        IndexFolder folder = indexes.forVersion(version);
        // the vectors travel from the store (or their saved graph is mapped) while the catalog is read, the clause
        // index is built (or mapped) while the question reader is: start-up waits for the longest of each pair
        CompletableFuture<TaskVectors.Loaded> vectorRows = semantic
                ? CompletableFuture.supplyAsync(() -> TaskVectors.Loaded.read(folder, reader::taskVectors,
                        reader::forEachTaskVector))
                : CompletableFuture.completedFuture(TaskVectors.Loaded.none());
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
        GraphSnapshot snapshot = new GraphSnapshot(version, catalog, questions, ranker,
                new AnswerComposer(catalog, reader, glossary), new AnswerCache(),
                new GraphQuestionReader(catalog.departments()), new GraphAnswerPart(catalog, reader.tallies(), glossary));
        folder.deleteOtherVersions();
        return snapshot;
    }
}
