package org.policygraph.ask;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.policygraph.ask.compose.AnswerComposer;
import org.policygraph.ask.compose.GraphAnswerPart;
import org.policygraph.ask.question.Glossary;
import org.policygraph.ask.question.GraphQuestionReader;
import org.policygraph.ask.question.QuestionReader;
import org.policygraph.ask.question.Segmenter;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.ClauseIndex;
import org.policygraph.ask.retrieve.QuestionEmbedder;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.ask.retrieve.TaskRanker;
import org.policygraph.ask.retrieve.TaskVectors;
import org.policygraph.graph.Futures;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.TaskVector;

/**
 * What the steps of a question read, built from one state of the graph and swapped whole when it changes:
 * the question reader, the ranker, the composer, the graph questions and the answer cache of that state.
 * {@code version} is the graph version it was read at.
 */
record GraphSnapshot(String version, Catalog catalog, QuestionReader questions, TaskRanker ranker,
                     AnswerComposer composer, AnswerCache answers, GraphQuestionReader graphQuestions,
                     GraphAnswerPart graphAnswers) {

    /** Reads documents, departments, task facts and ({@code semantic}: with an embedding model) task vectors. */
    static GraphSnapshot read(PolicyReader reader, Glossary glossary, QuestionEmbedder embedder, boolean semantic) {
        String version = reader.graphVersion();
        // the vectors travel from the store while the catalog is read, the clause index is built while the
        // question reader is: start-up waits for the longest of each pair, not for their sum
        CompletableFuture<List<TaskVector>> vectorRows = semantic
                ? CompletableFuture.supplyAsync(reader::taskVectors) : CompletableFuture.completedFuture(List.of());
        Catalog catalog = Catalog.load(reader);
        CompletableFuture<ClauseIndex> clauses = CompletableFuture.supplyAsync(
                () -> new ClauseIndex(catalog.facts().all()));
        Segmenter segmenter = new Segmenter(catalog.vocabulary(glossary));
        QuestionReader questions = new QuestionReader(glossary, catalog.departments(), catalog.hints(),
                catalog.index(), segmenter);
        TaskVectors vectors = new TaskVectors(Futures.join(vectorRows), id -> {
            TaskIndex.Entry task = catalog.index().byId().get(id);
            return task == null ? null : task.docKey();
        });
        TaskRanker ranker = new TaskRanker(catalog.index(), catalog.departments(), Futures.join(clauses),
                embedder, vectors);
        return new GraphSnapshot(version, catalog, questions, ranker, new AnswerComposer(catalog, reader, glossary),
                new AnswerCache(), new GraphQuestionReader(catalog.departments()),
                new GraphAnswerPart(catalog, reader.tallies(), glossary));
    }
}
