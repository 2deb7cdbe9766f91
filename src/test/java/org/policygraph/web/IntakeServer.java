package org.policygraph.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.policygraph.ask.AskService;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.write.SemanticIndexer;
import org.policygraph.ingest.Importer;
import org.policygraph.ingest.UploadFolder;
import org.policygraph.ingest.UploadIntake;

/** A TestServer whose uploads go through the real intake into a store; closing stops the server, indexer and store. */
final class IntakeServer implements AutoCloseable {
    final Neo4jStore store;
    final SemanticIndexer indexer;
    private final TestServer server;
    private final String token;

    IntakeServer(Neo4jStore store, Importer importer, EmbeddingModel model, Path uploads, String token) {
        this.store = store;
        this.token = token;
        indexer = new SemanticIndexer(store, model);
        UploadIntake intake = new UploadIntake(importer, new UploadFolder(uploads), indexer,
                new AskService(new PolicyReader(store), null)::refresh);
        server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0, 0), new Uploads(token, intake::add));
    }

    HttpResponse<String> upload(String name, byte[] content, String query) throws Exception {
        return server.post("/api/documents?name=" + TestServer.encode(name) + query,
                Map.of("Content-Type", "application/octet-stream", "Authorization", "Bearer " + token), content);
    }

    @Override
    public void close() {
        server.close();
        indexer.close();
        store.close();
    }
}
