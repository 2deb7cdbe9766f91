package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.App;
import org.policygraph.TestGraph;
import org.policygraph.graph.read.GraphStats;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.ingest.HostileFiles;
import org.policygraph.ingest.SampleFiles;
import org.policygraph.ingest.SampleFiles.BadFile;

/** POST /api/documents over the real intake (formats, parser, extractor, importer) into an embedded Neo4j. */
class UploadFormatsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "upload-token";
    private static IntakeServer intake;
    private static Neo4jStore store;

    @BeforeAll
    static void start() throws Exception {
        store = TestGraph.freshStore();
        intake = new IntakeServer(store, App.importer(store), new App().embeddingModel(), Files.createTempDirectory("uploads"),
                TOKEN);
    }

    @AfterAll
    static void stop() {
        intake.close();
    }

    private static HttpResponse<String> upload(String name, byte[] content) throws Exception {
        return intake.upload(name, content, "");
    }

    @Test
    void should_refuse_every_unreadable_file_with_415_or_400_naming_it_and_write_nothing() throws Exception {
        Map<String, Long> before = new GraphStats(store).totals();

        for (BadFile file : SampleFiles.badFiles()) {
            HttpResponse<String> response = upload(file.name(), file.content());

            JsonNode error = JSON.readTree(response.body()).path("error");
            assertThat(response.statusCode()).as("%s: %s", file.name(), response.body()).isEqualTo(file.unsupported() ? 415 : 400);
            assertThat(error.path("code").asText()).isEqualTo(file.unsupported() ? "unsupported_format" : "unusable_document");
            assertThat(error.path("message").asText()).startsWith(file.name() + ": ").contains(file.reason());
        }
        assertThat(new GraphStats(store).totals()).isEqualTo(before);
    }

    @Test
    void should_refuse_a_small_docx_of_millions_of_paragraphs_as_too_large_and_write_nothing() throws Exception {
        Map<String, Long> before = new GraphStats(store).totals();

        HttpResponse<String> hostile = upload("方案.docx", HostileFiles.manyParagraphsDocx());

        JsonNode error = JSON.readTree(hostile.body()).path("error");
        assertThat(hostile.statusCode()).as(hostile.body()).isEqualTo(413);
        assertThat(error.path("code").asText()).isEqualTo("document_too_large");
        assertThat(error.path("message").asText()).startsWith("方案.docx: too large to read").doesNotContain("Exception");
        assertThat(new GraphStats(store).totals()).isEqualTo(before);
    }

    @Test
    void should_import_a_docx_whose_task_table_names_lead_and_supporting_units() throws Exception {
        byte[] docx = SampleFiles.docx(List.of("广州市人民政府办公厅关于印发2024年重点工作任务分工方案的通知", "一、任务分工"),
                SampleFiles.TASK_TABLE, 2);

        HttpResponse<String> response = upload("2024年重点工作任务分工方案.docx", docx);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).at("/documents/ADDED").asInt()).isEqualTo(1);
        List<String> leads = store.driver().executableQuery("""
                MATCH (d:Department)-[:LEADS]->(t:Task {sourceFile: $file}) WHERE t.text CONTAINS '引导基金'
                RETURN d.name AS name""").withParameters(Map.of("file", "2024年重点工作任务分工方案.docx")).execute()
                .records().stream().map(r -> r.get("name").asString()).toList();
        assertThat(leads).containsExactly("市财政局");
    }
}
