package org.policygraph.ask;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.policygraph.ask.compose.AnswerComposer;
import org.policygraph.ask.compose.GraphAnswerPart;
import org.policygraph.ask.question.Glossary;
import org.policygraph.ask.question.GraphQuestionReader;
import org.policygraph.ask.question.QuestionReader;
import org.policygraph.ask.question.Segmenter;
import org.policygraph.ask.retrieve.Catalog;
import org.policygraph.ask.retrieve.CatalogAhead;
import org.policygraph.ask.retrieve.CatalogUpdate;
import org.policygraph.ask.retrieve.ClauseIndex;
import org.policygraph.ask.retrieve.IndexFolder;
import org.policygraph.ask.retrieve.LoadedVectors;
import org.policygraph.ask.retrieve.QuestionEmbedder;
import org.policygraph.ask.retrieve.TaskIndex;
import org.policygraph.ask.retrieve.TaskRanker;
import org.policygraph.ask.retrieve.TaskVectors;
import org.policygraph.graph.Futures;
import org.policygraph.graph.StartSteps;
import org.policygraph.graph.read.PolicyReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the steps of a question read, built from one state of the graph and swapped whole when it changes:
 * the question reader, the ranker, the composer, the graph questions and the answer cache of that state.
 * {@code version} is the graph version it was read at.
 */
record GraphSnapshot(String version, Catalog catalog, QuestionReader questions, TaskRanker ranker,
                     AnswerComposer composer, AnswerCache answers, GraphQuestionReader graphQuestions,
                     GraphAnswerPart graphAnswers) {
    private static final Logger LOG = LoggerFactory.getLogger(GraphSnapshot.class);

    /**
     * Reads documents, departments, task facts and ({@code semantic}: with an embedding model) task vectors, or maps
     * what {@code indexes} saved for this graph version at an earlier start (see {@link IndexFolder}); with a
     * {@code previous} snapshot (may be null) of a version whose indexes are kept, only the documents that changed
     * since are read again ({@link CatalogUpdate}); {@code ahead}: the catalog read while the store started, taken
     * when it is of this version.
     */
    static GraphSnapshot read(PolicyReader reader, Glossary glossary, QuestionEmbedder embedder, boolean semantic,
                              IndexFolder indexes, GraphSnapshot previous, CatalogAhead ahead) {
        String version = reader.graphVersion();
        IndexFolder folder = indexes.forVersion(version);
        try {
            Optional<CatalogUpdate> update = previous == null ? Optional.empty()
                    : CatalogUpdate.of(previous.catalog(), indexes.forVersion(previous.version()), folder, reader);
            if (update.isPresent()) {
                Catalog catalog = update.get().catalog();
                LoadedVectors vectors = semantic ? update.get().vectors(reader) : LoadedVectors.none();
                return assemble(version, folder, reader, glossary, embedder, catalog, update.get().clauses(), vectors);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not update the previous version's catalog and indexes, reading them whole: {}", e.toString());
        }
        // the vectors travel from the store (or their saved graph is mapped) and the saved clause index is mapped
        // while the catalog is read; a clause index to build waits for the catalog and is built while the question
        // reader is: start-up waits for the longest of each
        Optional<LoadedVectors> mappedAhead = semantic ? ahead.vectors(folder) : Optional.empty();
        CompletableFuture<LoadedVectors> vectorRows = mappedAhead.isPresent()
                ? CompletableFuture.completedFuture(mappedAhead.get())
                : semantic ? CompletableFuture.supplyAsync(() -> LoadedVectors.read(folder, reader::taskVectors,
                        reader::forEachTaskVector))
                : CompletableFuture.completedFuture(LoadedVectors.none());
        CompletableFuture<Catalog> read = new CompletableFuture<>();
        Optional<ClauseIndex> clausesAhead = ahead.clauses(folder);
        CompletableFuture<ClauseIndex> clauses = clausesAhead.isPresent()
                ? CompletableFuture.completedFuture(clausesAhead.get())
                : CompletableFuture.supplyAsync(() -> new ClauseIndex(folder, () -> Futures.join(read).facts().all()));
        Catalog catalog;
        try {
            catalog = StartSteps.timed("Catalog",
                    () -> ahead.take(folder).orElseGet(() -> Catalog.load(reader, folder)));
        } catch (RuntimeException e) {
            read.completeExceptionally(e);
            throw e;
        }
        read.complete(catalog);
        return assemble(version, folder, reader, glossary, embedder, catalog, clauses,
                StartSteps.timed("Vectors (waited for)", () -> Futures.join(vectorRows)));
    }

    private static GraphSnapshot assemble(String version, IndexFolder folder, PolicyReader reader, Glossary glossary,
                                          QuestionEmbedder embedder, Catalog catalog, ClauseIndex clauses,
                                          LoadedVectors vectorRows) {
        return assemble(version, folder, reader, glossary, embedder, catalog,
                CompletableFuture.completedFuture(clauses), vectorRows);
    }

    private static GraphSnapshot assemble(String version, IndexFolder folder, PolicyReader reader, Glossary glossary,
                                          QuestionEmbedder embedder, Catalog catalog,
                                          CompletableFuture<ClauseIndex> clauses, LoadedVectors vectorRows) {
        Segmenter segmenter = StartSteps.timed("Segmenter", () -> new Segmenter(catalog.vocabulary(glossary)));
        QuestionReader questions = StartSteps.timed("Question reader", () -> new QuestionReader(glossary,
                catalog.departments(), catalog.hints(), catalog.index(), segmenter));
        TaskVectors vectors = vectorRows.withDocuments(id -> {
            TaskIndex.Entry task = catalog.index().byId().get(id);
            return task == null ? null : task.docKey();
        });
        TaskRanker ranker = new TaskRanker(catalog.index(), catalog.departments(),
                StartSteps.timed("Clause index (waited for)", () -> Futures.join(clauses)), embedder, vectors);
        GraphSnapshot snapshot = StartSteps.timed("Composer and graph questions", () -> new GraphSnapshot(version,
                catalog, questions, ranker, new AnswerComposer(catalog, reader, glossary), new AnswerCache(),
                new GraphQuestionReader(catalog.departments()),
                new GraphAnswerPart(catalog, reader.tallies(), glossary)));
        folder.deleteOtherVersions();
        return snapshot;
    }
}
