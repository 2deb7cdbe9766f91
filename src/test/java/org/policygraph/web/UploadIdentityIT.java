package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.policygraph.App;
import org.policygraph.GraphContent;
import org.policygraph.TestGraph;
import org.policygraph.TextHashEmbeddings;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.ingest.Importer;

/**
 * POST /api/documents over the real intake into an embedded Neo4j holding the shipped gazette (44 documents): an upload
 * is its documents, not its name; what other sources hold is refused or, when asked for, replaced alone. Runs in order:
 * the last test replaces one of the gazette's documents.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadIdentityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "upload-identity-token";
    private static final String GAZETTE = "2017-zhengzhou-gazette-march.txt";
    private static final String HELD_NUMBER = "郑政〔2017〕8号";
    private static Path uploads;
    private static Neo4jStore store;
    private static IntakeServer intake;

    @BeforeAll
    static void start() throws Exception {
        uploads = Files.createTempDirectory("policygraph-uploads");
        store = TestGraph.freshStore();
        Importer importer = App.importer(store);
        importer.run(List.of(new SourceFile(GAZETTE, gazetteBytes())), new PrintStream(OutputStream.nullOutputStream()));
        intake = new IntakeServer(store, importer, new TextHashEmbeddings(), uploads, TOKEN);
        intake.indexer.indexMissing();
    }

    @AfterAll
    static void stop() {
        intake.close();
    }

    @Test
    @Order(1)
    void should_change_nothing_when_the_gazette_itself_is_uploaded_again() throws Exception {
        GraphContent.Snapshot before = GraphContent.of(store);

        HttpResponse<String> response = upload(GAZETTE, gazetteBytes(), "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/documents/UNCHANGED").asInt()).isEqualTo(44);
        assertThat(GraphContent.of(store)).isEqualTo(before);
        assertThat(uploads).isEmptyDirectory();
    }

    @Test
    @Order(2)
    void should_leave_the_gazettes_44_documents_in_place_when_an_upload_is_named_like_it() throws Exception {
        List<String> gazetteBefore = documentsOf(GAZETTE);

        HttpResponse<String> response = upload(GAZETTE, notice("郑政办〔2025〕21号", "数据要素市场建设"), "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(response.body());
        assertThat(receipt.path("file").asText()).isEqualTo("2017-zhengzhou-gazette-march-2.txt");
        assertThat(receipt.path("notice").asText()).contains(GAZETTE).contains("left as it was");
        assertThat(documentsOf(GAZETTE)).hasSize(44).isEqualTo(gazetteBefore);
        assertThat(documentsOf("2017-zhengzhou-gazette-march-2.txt")).containsExactly("郑政办〔2025〕21号");
    }

    @Test
    @Order(3)
    void should_refuse_a_document_number_the_gazette_holds_with_409_and_leave_the_graph_as_it_was() throws Exception {
        GraphContent.Snapshot before = GraphContent.of(store);

        HttpResponse<String> response = upload("奖励决定修订.txt", notice(HELD_NUMBER, "销售收入首超百亿企业奖励"), "");

        assertError(response, 409, "document_exists");
        assertThat(JSON.readTree(response.body()).at("/error/message").asText()).contains("奖励决定修订.txt")
                .contains(HELD_NUMBER).contains(GAZETTE).contains("replace=true");
        assertThat(GraphContent.of(store)).isEqualTo(before);
        assertThat(uploads.resolve("奖励决定修订.txt")).doesNotExist();
    }

    @Test
    @Order(5)
    void should_replace_exactly_that_document_when_asked_to_with_replace_true() throws Exception {
        List<String> othersBefore = documentsOf(GAZETTE).stream().filter(k -> !k.equals(HELD_NUMBER)).toList();
        GraphContent.Snapshot othersBeforeContent = GraphContent.of(store, Set.of(HELD_NUMBER));

        HttpResponse<String> response = upload("奖励决定替换.txt", notice(HELD_NUMBER, "先进制造业企业奖励"), "&replace=true");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).path("replaced").toString()).isEqualTo("[\"" + HELD_NUMBER + "\"]");
        assertThat(documentsOf("奖励决定替换.txt")).containsExactly(HELD_NUMBER);
        assertThat(documentsOf(GAZETTE)).isEqualTo(othersBefore);
        assertThat(titleOf(HELD_NUMBER)).contains("先进制造业企业奖励");
        assertThat(GraphContent.of(store, Set.of(HELD_NUMBER))).isEqualTo(othersBeforeContent);
    }

    @Test
    @Order(4)
    void should_refuse_text_that_reads_as_no_policy_document_with_400_and_write_nothing() throws Exception {
        GraphContent.Snapshot before = GraphContent.of(store);

        HttpResponse<String> pdfHeader = upload("report.txt",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "");
        HttpResponse<String> english = upload("notes.md",
                "# Meeting notes\nThe bureau will review the plan by June.\n".getBytes(StandardCharsets.UTF_8), "");

        assertError(pdfHeader, 400, "unusable_document");
        assertThat(JSON.readTree(pdfHeader.body()).at("/error/message").asText()).contains("report.txt").contains("PDF");
        assertError(english, 400, "unusable_document");
        assertThat(JSON.readTree(english.body()).at("/error/message").asText()).contains("notes.md")
                .contains("no Chinese sentence");
        assertThat(GraphContent.of(store)).isEqualTo(before);
    }

    private static HttpResponse<String> upload(String name, byte[] content, String query) throws Exception {
        return intake.upload(name, content, query);
    }

    static byte[] notice(String number, String subject) {
        return (number + " 2025年3月3日\n郑州市人民政府办公厅\n关于印发郑州市" + subject + "工作方案的通知\n"
                + "各县（市、区）人民政府，市人民政府各部门：\n一、主要任务\n（一）加快推进" + subject
                + "，2025年底前完成年度任务。（牵头单位：市发展改革委；责任单位：市财政局）\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gazetteBytes() {
        return CorpusFiles.shipped().stream().filter(f -> f.name().equals(GAZETTE)).findFirst().orElseThrow().content();
    }

    private static List<String> documentsOf(String sourceFile) {
        return store.driver().executableQuery(
                        "MATCH (d:Document {sourceFile: $file}) RETURN d.key AS key ORDER BY key")
                .withParameters(Map.of("file", sourceFile)).execute().records().stream()
                .map(r -> r.get("key").asString()).toList();
    }

    private static String titleOf(String key) {
        return store.driver().executableQuery("MATCH (d:Document {key: $key}) RETURN d.title AS title")
                .withParameters(Map.of("key", key)).execute().records().get(0).get("title").asString();
    }

}
