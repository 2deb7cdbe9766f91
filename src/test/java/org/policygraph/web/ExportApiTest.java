package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.web.ChatApiTest.assertError;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The task division table as the explorer's download links fetch it: CSV and XLSX that spreadsheet programs open. */
class ExportApiTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
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
