package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The explorer's JSON and the task table download (CSV and XLSX that spreadsheet programs open). */
class ExplorerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void storeBackUp() {
        server.graph.down = false;
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void should_list_departments_with_lead_counts() throws Exception {
        JsonNode departments = json("/api/departments");

        assertThat(departments.at("/0/name").asText()).isEqualTo("市口岸办");
        assertThat(departments.at("/0/leads").asLong()).isEqualTo(1);
    }

    @Test
    void should_give_the_responsibility_chain_of_a_department_by_alias() throws Exception {
        JsonNode chain = json("/api/departments/" + TestServer.encode("口岸办"));

        assertThat(chain.at("/department/name").asText()).isEqualTo("市口岸办");
        assertThat(chain.at("/tasks/0/role").asText()).isEqualTo("lead");
        assertThat(chain.at("/tasks/0/text").asText()).contains("中欧班列(郑州)+跨境电商");
        assertThat(chain.at("/tasks/0/docNo").asText()).isEqualTo("郑政办〔2017〕32号");
    }

    @Test
    void should_answer_404_for_an_unknown_department() throws Exception {
        assertError(server.get("/api/departments/" + TestServer.encode("市魔法局")), 404, "not_found");
    }

    @Test
    void should_list_documents_and_open_one_by_its_number() throws Exception {
        JsonNode documents = json("/api/documents");
        JsonNode outline = json("/api/documents/" + TestServer.encode("郑政办〔2017〕32号"));

        assertThat(documents.at("/0/title").asText()).isEqualTo(StubGraph.TITLE);
        assertThat(outline.at("/sections/0/heading").asText()).isEqualTo("推进跨境电子商务产业快速发展");
        assertThat(outline.at("/sections/0/tasks/0/leads/0").asText()).isEqualTo("市口岸办");
    }

    @Test
    void should_answer_404_for_an_unknown_document() throws Exception {
        assertError(server.get("/api/documents/" + TestServer.encode("郑政〔2099〕1号")), 404, "not_found");
    }

    @Test
    void should_filter_deadlines_by_department() throws Exception {
        assertThat(json("/api/deadlines").size()).isEqualTo(1);
        assertThat(json("/api/deadlines?dept=" + TestServer.encode("市口岸办")).at("/0/date").asText())
                .isEqualTo("2017-12-31");
        assertThat(json("/api/deadlines?dept=" + TestServer.encode("市统计局")).size()).isZero();
    }

    @Test
    void should_search_task_text_and_refuse_an_empty_query() throws Exception {
        assertThat(json("/api/search?q=" + TestServer.encode("带运国际邮件")).at("/0/key").asText()).isEqualTo("t1");
        assertError(server.get("/api/search?q=%20"), 400, "empty_query");
        assertError(server.get("/api/search?q=" + "口".repeat(201)), 413, "parameter_too_long");
    }

    @Test
    void should_suggest_questions_built_from_graph_subjects() throws Exception {
        JsonNode suggestions = json("/api/suggestions");

        assertThat(suggestions.at("/0/zh").asText()).isEqualTo("中欧班列(郑州)+跨境电商这项工作由哪个部门牵头？");
        assertThat(suggestions.at("/1/en").asText()).isEqualTo("What work does 市口岸办 lead?");
    }

    @Test
    void should_answer_503_when_the_store_is_down_then_serve_again() throws Exception {
        server.graph.down = true;
        HttpResponse<String> down = server.get("/api/departments");
        server.graph.down = false;

        assertError(down, 503, "store_unavailable");
        assertThat(server.get("/api/departments").statusCode()).isEqualTo(200);
    }

    @Test
    void should_download_a_departments_tasks_as_csv_in_utf8_with_a_bom() throws Exception {
        HttpResponse<byte[]> response = server.getBytes("/api/export?format=csv&department="
                + URLEncoder.encode("市口岸办", StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment").contains("filename*=UTF-8''");
        byte[] body = response.body();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (CSVParser csv = CSVParser.parse(text, CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
            CSVRecord row = csv.getRecords().get(0);
            assertThat(row.get("牵头单位")).isEqualTo("市口岸办");
            assertThat(row.get("配合单位")).isEqualTo("郑州经开区管委会");
            assertThat(row.get("完成时限")).isEqualTo("2017年底前");
            assertThat(row.get("文号")).isEqualTo(StubGraph.DOC_NO);
        }
    }

    @Test
    void should_download_an_xlsx_workbook_with_chinese_headers_and_cells() throws Exception {
        HttpResponse<byte[]> response = server.getBytes("/api/export?format=xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("牵头单位");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("市口岸办");
            assertThat(sheet.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(3357);
        }
    }

    @Test
    void should_refuse_an_unknown_format_with_json() throws Exception {
        assertError(server.get("/api/export?format=doc"), 400, "bad_format");
    }
}
