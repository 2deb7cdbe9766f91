package org.policygraph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.policygraph.graph.read.TaskRow;

/** Writes the task division table as JSON lines, CSV (UTF-8 with a BOM, for spreadsheet programs) or XLSX. */
public final class TaskTableWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskTableWriter() {
    }

    public static void write(List<TaskRow> rows, TableFormat format, OutputStream out) {
        try {
            switch (format) {
                case JSONL -> jsonl(rows, out);
                case CSV -> csv(rows, out);
                case XLSX -> xlsx(rows, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the task table: " + e.getMessage(), e);
        }
    }

    /** One task as the JSON object of the jsonl form. */
    private static Map<String, Object> json(TaskRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docNo", row.docNo());
        m.put("docKey", row.docKey());
        m.put("title", row.title());
        m.put("jurisdiction", row.jurisdiction());
        m.put("id", row.id());
        m.put("sectionPath", row.sectionPath());
        m.put("section", row.sectionHeading());
        m.put("text", row.text());
        m.put("sourceFile", row.sourceFile());
        m.put("line", row.line());
        m.put("leads", row.leads());
        m.put("supports", row.supports());
        m.put("roles", roles(row));
        m.put("leaders", row.leaders());
        m.put("deadline", row.deadline());
        m.put("targets", row.targets());
        return m;
    }

    /** Every responsible unit with its role: lead, support or implementer. */
    private static List<Map<String, Object>> roles(TaskRow row) {
        List<Map<String, Object>> out = new ArrayList<>();
        row.leads().forEach(l -> out.add(Map.of("name", l.get("asWritten"), "role", "lead")));
        row.supports().forEach(s -> out.add(Map.of("name", s.get("asWritten"), "role", s.getOrDefault("role", "support"))));
        return out;
    }

    private static void jsonl(List<TaskRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (TaskRow row : rows) {
            writer.write(JSON.writeValueAsString(json(row)));
            writer.write('\n');
        }
        writer.flush();
    }

    private static void csv(List<TaskRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder()
                .setHeader(TableColumns.HEADERS.toArray(String[]::new)).get());
        for (TaskRow row : rows) {
            printer.printRecord(TableColumns.cells(row));
        }
        printer.flush();
    }

    private static void xlsx(List<TaskRow> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = book.createSheet("任务分工");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < TableColumns.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(TableColumns.HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                List<Object> cells = TableColumns.cells(rows.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof Number n) {
                        line.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        line.createCell(c).setCellValue(String.valueOf(cell));
                    }
                }
            }
            book.write(out);
        }
    }
}
