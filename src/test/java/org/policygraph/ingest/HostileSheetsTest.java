package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Sheets made to cost far more than their size are refused as too large (413) by the read budget. */
class HostileSheetsTest {
    private final DocumentFormats formats = new DocumentFormats();

    @Test
    void should_refuse_a_csv_of_more_cells_than_the_budget() {
        byte[] csv = "序号,重点任务\r\n".concat("1,x\r\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8);

        FileTooCostlyException e = catchThrowableOfType(FileTooCostlyException.class, () -> formats.text("表.csv", csv));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("表.csv: too large to read").contains("table cells");
    }

    @Test
    void should_refuse_a_small_workbook_whose_merged_range_covers_a_million_rows() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("任务");
            sheet.createRow(0).createCell(0).setCellValue("重点任务");
            sheet.createRow(1_000_000).createCell(0).setCellValue("牵头单位");
            sheet.addMergedRegion(new CellRangeAddress(0, 1_000_000, 0, 3));
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(xlsx.length).as("the workbook stays small").isLessThan(20_000);

        FileTooCostlyException e = catchThrowableOfType(FileTooCostlyException.class, () -> formats.text("表.xlsx", xlsx));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("table cells");
    }
}
