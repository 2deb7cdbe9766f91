package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.TaskTableFormatsTest.leads;
import static org.policygraph.ingest.TaskTableFormatsTest.supports;
import static org.policygraph.ingest.TaskTableFormatsTest.task;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.extract.Task;

/**
 * Task tables kept as spreadsheets (LibreOffice's .xlsx and .xls, WPS's .et, Excel's .csv; see
 * scripts/office-fixtures.sh): one task per row with its lead, supports and deadline, the title rows above the header
 * read as text, merged cells repeated, section rows kept as sections, cells as the sheet shows them.
 */
class SpreadsheetFormatsTest {
    @ParameterizedTest
    @ValueSource(strings = {"plan-table.xlsx", "plan-table.xls", "plan-table.et", "plan-table.csv"})
    void should_read_each_row_under_a_header_below_the_title_rows_as_a_task_with_lead_supports_and_deadline(String name) {
        List<Task> rows = tableTasks(name);

        assertThat(rows).hasSize(10);
        Task first = task(rows, "编制全市重大项目年度投资计划");
        assertThat(leads(first)).containsExactly("市发展改革委");
        assertThat(supports(first)).containsExactly("市财政局", "市统计局");
        assertThat(first.deadline().date()).isEqualTo(LocalDate.of(2024, 3, 31));
        Task last = task(rows, "招商引资推介活动");
        assertThat(leads(last)).containsExactly("市商务局");
        assertThat(supports(last)).containsExactly("市发展改革委", "市科技局");
        assertThat(last.deadline().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(rows).allSatisfy(t -> assertThat(leads(t)).hasSize(1)).allSatisfy(t -> assertThat(t.deadline()).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"workbook-features.xlsx", "workbook-features.xls"})
    void should_repeat_a_merged_lead_keep_section_rows_as_sections_and_show_a_percentage_as_the_sheet_does(String name)
            throws Exception {
        byte[] file = BadOfficeFiles.fixture(name);
        assertThat(percentCell(file).getCellType()).as("the fixture holds a number, not text").isEqualTo(CellType.NUMERIC);

        String text = new DocumentFormats().text(name, file);
        List<Task> tasks = SampleFiles.tasks(name, file);

        assertThat(text).startsWith("清河市2024年主要指标和重点任务责任清单\n填报单位：市发展改革委 填报日期：2024年3月1日\n")
                .contains("\t72.6%\t").contains("\n一、稳增长\n").contains("\n二、惠民生\n")
                .contains("\n主要指标\n\n指标\t2024年目标\t牵头单位\n常住人口城镇化率\t61.2%\t市发展改革委");
        assertThat(leads(task(tasks, "工业技改投资"))).containsExactly("市工信委");
        assertThat(supports(task(tasks, "工业技改投资"))).containsExactly("市发展改革委");
        assertThat(task(tasks, "工业技改投资").text()).contains("目标值：72.6%");
        assertThat(leads(task(tasks, "城镇新增就业"))).containsExactly("市人社局");
        assertThat(task(tasks, "工业技改投资").sectionPath()).as("the section row opens a section").isEqualTo("一");
        assertThat(task(tasks, "城镇新增就业").sectionPath()).isEqualTo("二");
        assertThat(tasks).noneMatch(t -> t.text().contains("一、稳增长") || t.text().contains("序号：二、惠民生"));
    }

    @Test
    void should_read_every_visible_sheet_with_dates_and_formulas_as_shown_and_skip_hidden_sheets() throws Exception {
        byte[] workbook = twoSheets();

        String text = new DocumentFormats().text("责任清单.xlsx", workbook);

        assertThat(text).startsWith("序号\t重点任务\t牵头单位\t完成时限\n1\t编制全市重大项目年度投资计划\t市发展改革委\t2024年3月31日")
                .contains("主要指标\n\n指标\t目标\t牵头单位\n地区生产总值增长\t6.5%\t市发展改革委\n合计\t13\t市统计局")
                .doesNotContain("不公开");
    }

    private static List<Task> tableTasks(String name) {
        return SampleFiles.tasks(name, BadOfficeFiles.fixture(name)).stream()
                .filter(t -> t.text().contains("重点任务：")).toList();
    }

    private static org.apache.poi.ss.usermodel.Cell percentCell(byte[] file) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC
                        && Math.abs(row.getCell(2).getNumericCellValue() - 0.726) < 1e-9) {
                    return row.getCell(2);
                }
            }
        }
        throw new AssertionError("no cell holding 0.726 in " + file.length + " bytes");
    }

    /** Sheet 重点任务 (a date cell), sheet 主要指标 (a percentage and a formula), a hidden sheet 不公开. */
    private static byte[] twoSheets() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet tasks = workbook.createSheet("重点任务");
            row(tasks, 0, "序号", "重点任务", "牵头单位", "完成时限");
            row(tasks, 1, "1", "编制全市重大项目年度投资计划", "市发展改革委");
            var date = tasks.getRow(1).createCell(3);
            date.setCellValue(LocalDate.of(2024, 3, 31));
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat((short) 14);
            date.setCellStyle(dateStyle);
            Sheet targets = workbook.createSheet("主要指标");
            row(targets, 0, "指标", "目标", "牵头单位");
            row(targets, 1, "地区生产总值增长", "", "市发展改革委");
            var percent = targets.getRow(1).createCell(1);
            percent.setCellValue(0.065);
            var percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            percent.setCellStyle(percentStyle);
            row(targets, 2, "合计", "", "市统计局");
            targets.getRow(2).createCell(1).setCellFormula("6+7");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            row(workbook.createSheet("不公开"), 0, "不公开", "内部数据");
            workbook.setSheetHidden(2, true);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }
}
