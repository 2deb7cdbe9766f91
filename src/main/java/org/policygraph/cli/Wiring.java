package org.policygraph.cli;

import java.io.PrintStream;
import java.util.List;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.Config;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.ingest.FileExtraction;
import org.policygraph.ingest.Importer;
import org.policygraph.web.WebLimits;

/**
 * What the commands are given by App, the one place that builds long-lived objects. A command asks for what it runs
 * on once its options are read: a store for its configuration, an importer for the place it names, a started
 * backend, the question's path, a served product.
 */
public interface Wiring {
    /** The store named by the configuration: external when NEO4J_URI is set, else embedded in the data dir. */
    Neo4jStore openStore(Config config);

    /** {@code jurisdiction}: the place the documents belong to, given by the user (null: read from each text). */
    FileExtraction extraction(String jurisdiction);

    Importer importer(Neo4jStore store, FileExtraction extraction);

    /** What an imported document's fingerprint holds besides its content: a new extractor re-imports it. */
    String extractorVersion(FileExtraction extraction);

    EmbeddingModel embeddingModel();

    /** The store with {@code corpus} and the accepted uploads imported and embedded (see {@link Backend#start}). */
    Backend backend(Config config, List<CorpusFiles.SourceFile> corpus, PrintStream progress,
                    boolean vectorsInBackground);

    /** The question's path over a started backend, for a process without the web (ask, mcp, recall). */
    Askers askers(Config config, Backend backend);

    /** The backend, the question's path and the web server, started (serve, bench, the CDS training run). */
    ServeCommand.Running serve(Config config, List<CorpusFiles.SourceFile> corpus, WebLimits limits,
                               boolean vectorsInBackground);
}
