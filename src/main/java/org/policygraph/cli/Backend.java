package org.policygraph.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.Config;
import org.policygraph.ask.LiveGraph;
import org.policygraph.graph.DaemonThreads;
import org.policygraph.graph.Futures;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.StartSteps;
import org.policygraph.graph.write.SemanticIndexer;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.ingest.CorpusMark;
import org.policygraph.ingest.FileExtraction;
import org.policygraph.ingest.Importer;
import org.policygraph.ingest.UploadFolder;

/**
 * The store with a corpus (normally the shipped one) and the accepted uploads imported and embedded: what serve,
 * ask and mcp run on; {@code corpusImport} is how long the corpus import took at start.
 */
public record Backend(Neo4jStore store, Importer importer, UploadFolder uploads, SemanticIndexer indexer,
                      Duration corpusImport) implements AutoCloseable {

    /**
     * With {@code vectorsInBackground} the store is served before every task has its vector (answers then lean on
     * full-text search until the semantic index is complete). While the store starts (mostly single-threaded
     * class loading), a second thread loads HanLP's dictionaries and the embedding model, and parses the corpus
     * unless the {@link CorpusMark} says the last start left it imported. {@code wiring} builds the parts.
     */
    public static Backend start(Wiring wiring, Config config, List<CorpusFiles.SourceFile> corpus,
                                PrintStream progress, boolean vectorsInBackground) {
        ExecutorService preload = DaemonThreads.single("preload");
        FileExtraction extraction = wiring.extraction(null);
        CorpusMark mark = new CorpusMark(config.dataDir(), corpus, wiring.extractorVersion(extraction));
        if (!mark.unchanged()) {
            extraction.startAhead(corpus, preload);
        }
        CompletableFuture<EmbeddingModel> model = CompletableFuture.supplyAsync(() -> {
            LiveGraph.preload();
            return wiring.embeddingModel();
        }, preload);
        preload.shutdown();
        Neo4jStore store = StartSteps.timed("Store open", () -> wiring.openStore(config));
        try {
            Importer importer = wiring.importer(store, extraction);
            long importStart = System.nanoTime();
            // file by file, the links across documents made once after the last (as `import --each-file`): one
            // transaction holding the whole corpus and the links over a large store was retried and never finished
            Importer.Summary summary = StartSteps.timed("Corpus import", () -> importer.runEachFile(corpus, progress));
            Duration corpusImport = Duration.ofNanos(System.nanoTime() - importStart);
            summary.unreadable().forEach(e -> progress.println("Not imported: " + e.getMessage()));
            if (summary.changed()) {
                progress.println("Imported the corpus: " + summary.documents());
            }
            if (summary.unreadable().isEmpty()) {
                mark.record();
            }
            UploadFolder uploads = UploadFolder.in(config.dataDir());
            int uploadsChanged = StartSteps.timed("Uploads", () -> uploads.reimport(importer, progress));
            if (uploadsChanged > 0) {
                progress.println("Re-imported " + uploadsChanged + " upload(s)");
            }
            SemanticIndexer indexer = new SemanticIndexer(store,
                    StartSteps.timed("Embedding model (waited for)", () -> Futures.join(model)));
            if (vectorsInBackground) {
                indexer.indexMissingInBackground(progress);
            } else {
                indexer.indexMissing(progress);
            }
            return new Backend(store, importer, uploads, indexer, corpusImport);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public void close() {
        indexer.close();
        store.close();
    }
}
