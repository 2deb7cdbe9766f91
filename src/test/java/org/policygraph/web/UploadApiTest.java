package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.write.GraphWriter.Outcome;
import org.policygraph.ingest.DocumentFormats;
import org.policygraph.ingest.UploadReceipt;

class UploadApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token";
    private static final byte[] NOTICE = ("郑政办〔2017〕32号 2017年3月13日\n郑州市人民政府办公厅\n"
            + "关于印发郑州市2017年跨境电商综试区建设实施方案的通知\n").getBytes(StandardCharsets.UTF_8);
    private static final AtomicReference<String> received = new AtomicReference<>();
    private static TestServer server;

    @BeforeAll
    static void start() {
        DocumentFormats formats = new DocumentFormats();
        server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0, 0), new Uploads(TOKEN, (name, content, replace) -> {
            formats.text(name, content);
            received.set(name + ":" + content.length);
            return new UploadReceipt(name, Map.of(Outcome.ADDED, 1), List.of(), 0, 1, null);
        }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> upload(String token, String type, String name, byte[] body) throws Exception {
        Map<String, String> headers = token == null ? Map.of("Content-Type", type)
                : Map.of("Content-Type", type, "Authorization", "Bearer " + token);
        return server.post("/api/documents?name=" + TestServer.encode(name), headers, body);
    }

    @Test
    void should_import_a_text_file_sent_with_the_admin_token() throws Exception {
        HttpResponse<String> response = upload(TOKEN, "text/plain; charset=utf-8", "郑政办-2017-32.txt", NOTICE);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).at("/documents/ADDED").asInt()).isEqualTo(1);
        assertThat(received.get()).isEqualTo("郑政办-2017-32.txt:" + NOTICE.length);
    }

    @Test
    void should_refuse_an_upload_without_or_with_a_wrong_token_with_401() throws Exception {
        assertError(upload(null, "text/plain", "a.txt", NOTICE), 401, "unauthorized");
        assertError(upload("guess", "text/plain", "a.txt", NOTICE), 401, "unauthorized");
    }

    @Test
    void should_refuse_every_upload_when_the_server_has_no_token() throws Exception {
        try (TestServer closed = new TestServer()) {
            HttpResponse<String> response = closed.post("/api/documents?name=a.txt",
                    Map.of("Content-Type", "text/plain", "Authorization", "Bearer "), NOTICE);

            assertError(response, 401, "unauthorized");
        }
    }

    @Test
    void should_refuse_a_form_upload_with_415() throws Exception {
        assertError(upload(TOKEN, "multipart/form-data; boundary=x", "plan.txt", NOTICE), 415, "unsupported_media_type");
    }

    @Test
    void should_refuse_a_path_or_a_hidden_file_as_file_name_with_400() throws Exception {
        assertError(upload(TOKEN, "text/plain", "../../etc/passwd.txt", NOTICE), 400, "bad_file_name");
        assertError(upload(TOKEN, "text/plain", ".htaccess", NOTICE), 400, "bad_file_name");
    }

    @Test
    void should_refuse_a_format_that_is_not_read_with_415_naming_the_file() throws Exception {
        HttpResponse<String> response = upload(TOKEN, "application/vnd.ms-powerpoint", "方案.ppt", NOTICE);

        assertError(response, 415, "unsupported_format");
        assertThat(JSON.readTree(response.body()).at("/error/message").asText()).contains("方案.ppt").contains(".docx");
    }

    @Test
    void should_refuse_an_empty_file_and_unusable_content_with_400() throws Exception {
        assertError(upload(TOKEN, "text/plain", "empty.txt", new byte[0]), 400, "unusable_document");
        byte[] pdf = "%PDF-1.7\n\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> response = upload(TOKEN, "application/octet-stream", "scan.txt", pdf);

        assertError(response, 400, "unusable_document");
        assertThat(JSON.readTree(response.body()).at("/error/message").asText()).contains("scan.txt").contains("PDF");
    }

    @Test
    void should_refuse_a_file_over_5_mib_with_413() throws Exception {
        byte[] big = new byte[UploadRoutes.MAX_UPLOAD_BYTES + 1];

        assertError(upload(TOKEN, "text/plain", "big.txt", big), 413, "payload_too_large");
    }
}
