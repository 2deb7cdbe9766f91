package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.App;
import org.policygraph.Config;
import org.policygraph.GraphContent;
import org.policygraph.TestGraph;
import org.policygraph.cli.ServeCommand;
import org.policygraph.graph.write.GraphWriter;
import org.policygraph.ingest.CorpusFiles.SourceFile;

/** Accepted uploads are kept in the data directory: serve again on it and they are all there, as accepted. */
class UploadRestartIT {
    private static final String TOKEN = "upload-restart-token";
    private static final String CORPUS_NUMBER = "郑政办〔2025〕3号";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void should_bring_back_every_accepted_upload_when_served_again_on_the_same_data_directory() throws Exception {
        Config config = Config.fromMap(Map.of("PA_DATA_DIR", Files.createTempDirectory("policygraph-restart").toString(),
                "PA_BOLT_PORT", String.valueOf(TestGraph.freePort()), "PA_PORT", "0", "PA_ADMIN_TOKEN", TOKEN));
        List<SourceFile> corpus = List.of(new SourceFile("plan.txt", UploadIdentityIT.notice(CORPUS_NUMBER, "城市更新")));
        byte[] unnumbered = ("关于做好2025年春季植树造林工作的通知\n一、工作任务\n（一）全市完成植树造林五千亩以上，"
                + "加快推进沿黄生态廊道建设。（牵头单位：市林业局）\n").getBytes(StandardCharsets.UTF_8);
        GraphContent.Snapshot accepted;
        try (ServeCommand.Running product = new App().serve(config, corpus, WebLimits.defaults(), false)) {
            assertThat(upload(product, "plan.txt", UploadIdentityIT.notice("郑政办〔2025〕9号", "数据要素市场建设"), "")
                    .statusCode()).isEqualTo(201);
            assertThat(upload(product, "植树造林.txt", unnumbered, "").statusCode()).isEqualTo(201);
            assertThat(upload(product, "城市更新.txt", UploadIdentityIT.notice(CORPUS_NUMBER, "老旧小区改造"),
                    "&replace=true").statusCode()).isEqualTo(201);
            accepted = GraphContent.of(product.store());
        }

        try (ServeCommand.Running product = new App().serve(config, corpus, WebLimits.defaults(), false)) {
            assertThat(GraphContent.of(product.store())).as("served again on the same store").isEqualTo(accepted);
            assertThat(sources(product)).containsExactly(
                    "plan-2.txt " + "郑政办〔2025〕9号", "城市更新.txt " + CORPUS_NUMBER, "植树造林.txt sha256:");
            assertThat(upload(product, "植树造林-副本.txt", unnumbered, "").statusCode())
                    .as("the same text is the same document, whatever its name").isEqualTo(200);
            new GraphWriter(product.store()).reset();
        }

        try (ServeCommand.Running product = new App().serve(config, corpus, WebLimits.defaults(), false)) {
            assertThat(GraphContent.of(product.store())).as("a fresh store: the corpus, then the uploads as accepted")
                    .isEqualTo(accepted);
        }
    }

    private static HttpResponse<String> upload(ServeCommand.Running product, String name, byte[] content, String query)
            throws Exception {
        URI uri = URI.create(product.baseUrl() + "/api/documents?name=" + TestServer.encode(name) + query);
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "file key" per document, the content-hash keys cut to their prefix. */
    private static List<String> sources(ServeCommand.Running product) {
        return product.store().driver().executableQuery("MATCH (d:Document) RETURN d.sourceFile AS file, d.key AS key "
                        + "ORDER BY file").execute().records().stream()
                .map(r -> r.get("file").asString() + " " + r.get("key").asString().replaceAll("^sha256:.*", "sha256:"))
                .toList();
    }
}
