package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.policygraph.extract.Responsibility;
import org.policygraph.extract.Role;
import org.policygraph.extract.Task;

/** A task division table (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限) in a .docx or on a web page: one task per row. */
class TaskTableFormatsTest {
    static final List<String> NOTICE = List.of("广州市人民政府办公厅关于印发2024年重点工作任务分工方案的通知",
            "各区人民政府，市政府各部门、各直属机构：", "现将《2024年重点工作任务分工方案》印发给你们，请认真组织实施。",
            "一、任务分工", "二、工作要求", "各牵头单位要加强统筹协调，按时完成各项任务。");

    @Test
    void should_read_each_row_of_a_docx_task_table_as_a_task_with_its_lead_supports_and_deadline() {
        List<Task> tasks = SampleFiles.tasks("分工方案.docx", SampleFiles.docx(NOTICE, SampleFiles.TASK_TABLE, 4));

        assertFourTableTasks(tasks);
    }

    @Test
    void should_read_each_row_of_an_html_task_table_as_a_task_with_its_lead_supports_and_deadline() {
        String html = SampleFiles.html(NOTICE.get(0), NOTICE, SampleFiles.TASK_TABLE, 4);

        List<Task> tasks = SampleFiles.tasks("分工方案.html", html.getBytes(StandardCharsets.UTF_8));

        assertFourTableTasks(tasks);
    }

    @Test
    void should_give_every_row_under_a_vertically_merged_docx_lead_cell_that_lead() throws Exception {
        List<Task> tasks = SampleFiles.tasks("合并单元格.docx", mergedDocx());

        assertThat(leads(task(tasks, "编制全市重大项目"))).containsExactly("市发展改革委");
        assertThat(leads(task(tasks, "设立市级产业发展引导基金"))).containsExactly("市发展改革委");
        assertThat(supports(task(tasks, "设立市级产业发展引导基金"))).containsExactly("市财政局", "市工业和信息化局");
        assertThat(leads(task(tasks, "推进政务服务"))).containsExactly("市政务服务数据管理局");
        assertThat(task(tasks, "推进政务服务").deadline().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(tasks).noneMatch(t -> t.text().contains("二、数字政府"));
    }

    @Test
    void should_label_the_columns_under_a_header_of_two_rows_by_their_lower_names() {
        String table = """
                <table><tr><th rowspan="2">序号</th><th rowspan="2">重点任务</th><th colspan="2">责任单位</th>
                <th rowspan="2">完成时限</th></tr><tr><th>牵头单位</th><th>配合单位</th></tr>
                <tr><td>1</td><td>编制全市重大项目年度投资计划</td><td>市发展改革委</td><td>市财政局</td><td>2024年3月底前</td></tr>
                <tr><td>2</td><td>设立市级产业发展引导基金</td><td>市财政局</td><td>市工业和信息化局</td><td>2024年6月底前</td></tr>
                </table>""";
        String html = "<html><body><h1>" + NOTICE.get(0) + "</h1><p>" + NOTICE.get(3) + "</p>" + table + "</body></html>";

        List<Task> tasks = SampleFiles.tasks("两行表头.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(tasks.stream().filter(t -> t.text().contains("重点任务："))).hasSize(2);
        assertThat(leads(task(tasks, "编制全市重大项目"))).containsExactly("市发展改革委");
        assertThat(supports(task(tasks, "编制全市重大项目"))).containsExactly("市财政局");
        assertThat(leads(task(tasks, "引导基金"))).containsExactly("市财政局");
        assertThat(supports(task(tasks, "引导基金"))).containsExactly("市工业和信息化局");
    }

    @Test
    void should_repeat_html_rowspan_and_colspan_cells_into_every_row_and_column_they_cover() {
        String table = """
                <table><thead><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>
                <tbody><tr><td colspan="5">一、项目建设</td></tr>
                <tr><td>1</td><td>编制全市重大项目年度投资计划</td><td rowspan="2">市发展改革委</td><td>市财政局</td>
                <td rowspan="2">2024年6月底前</td></tr>
                <tr><td>2</td><td>建立重大项目储备库</td><td>市统计局、市财政局</td></tr>
                <tr><td colspan="5">二、数字政府</td></tr>
                <tr><td>3</td><td>推进政务服务“一网通办”</td><td>市政务服务数据管理局</td><td>市司法局</td><td>2024年12月底前</td></tr>
                </tbody></table>""";
        String html = "<html><head><meta charset=\"utf-8\"><title>分工</title></head><body><h1>" + NOTICE.get(0)
                + "</h1><p>" + NOTICE.get(3) + "</p>" + table + "</body></html>";

        List<Task> tasks = SampleFiles.tasks("分工.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(leads(task(tasks, "建立重大项目储备库"))).containsExactly("市发展改革委");
        assertThat(task(tasks, "建立重大项目储备库").deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(supports(task(tasks, "建立重大项目储备库"))).containsExactly("市统计局", "市财政局");
        assertThat(leads(task(tasks, "推进政务服务"))).containsExactly("市政务服务数据管理局");
        assertThat(supports(task(tasks, "推进政务服务"))).containsExactly("市司法局");
        assertThat(tasks).noneMatch(t -> t.text().contains("一、项目建设") || t.text().contains("二、数字政府"));
    }

    @Test
    void should_write_a_docx_table_as_tab_separated_rows_with_a_blank_line_before_and_after() {
        String text = new DocumentFormats().text("分工方案.docx", SampleFiles.docx(NOTICE, SampleFiles.TASK_TABLE, 4));

        assertThat(text).contains("一、任务分工\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
                + "1\t编制全市重大项目年度投资计划，建立项目储备库\t市发展改革委\t市财政局、市统计局\t2024年3月底前\n")
                .contains("\t2024年9月底前\n\n二、工作要求");
    }

    private static void assertFourTableTasks(List<Task> tasks) {
        List<Task> rows = tasks.stream().filter(t -> t.text().contains("重点任务：")).toList();
        assertThat(rows).hasSize(4);
        Task first = task(rows, "编制全市重大项目年度投资计划");
        assertThat(leads(first)).containsExactly("市发展改革委");
        assertThat(supports(first)).containsExactly("市财政局", "市统计局");
        assertThat(first.deadline().date()).isEqualTo(LocalDate.of(2024, 3, 31));
        Task second = task(rows, "设立市级产业发展引导基金");
        assertThat(leads(second)).containsExactly("市财政局");
        assertThat(supports(second)).containsExactly("市发展改革委", "市工业和信息化局");
        assertThat(second.deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
        Task third = task(rows, "一网通办");
        assertThat(leads(third)).containsExactly("市政务服务数据管理局");
        assertThat(supports(third)).containsExactly("市司法局", "市发展改革委");
        assertThat(third.deadline().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        Task fourth = task(rows, "重点企业用工保障");
        assertThat(leads(fourth)).containsExactly("市人力资源和社会保障局");
        assertThat(supports(fourth)).containsExactly("市教育局", "市科技局");
        assertThat(fourth.deadline().date()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    /** Rows 1 and 2 share one 牵头单位 cell merged vertically; a group row 「二、数字政府」 spans the whole table. */
    private static byte[] mergedDocx() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(NOTICE.get(0));
            document.createParagraph().createRun().setText(NOTICE.get(3));
            List<List<String>> rows = List.of(SampleFiles.TASK_TABLE.get(0),
                    List.of("1", "编制全市重大项目年度投资计划", "市发展改革委", "市财政局、市统计局", "2024年3月底前"),
                    List.of("2", "设立市级产业发展引导基金", "", "市财政局、市工业和信息化局", "2024年6月底前"),
                    List.of("二、数字政府", "", "", "", ""),
                    List.of("3", "推进政务服务“一网通办”", "市政务服务数据管理局", "市司法局", "2024年12月底前"));
            XWPFTable table = document.createTable(rows.size(), 5);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 5; c++) {
                    table.getRow(r).getCell(c).setText(rows.get(r).get(c));
                }
            }
            vMerge(table.getRow(1).getCell(2), STMerge.RESTART);
            vMerge(table.getRow(2).getCell(2), STMerge.CONTINUE);
            XWPFTableRow group = table.getRow(3);
            for (int c = 4; c >= 1; c--) {
                group.removeCell(c);
            }
            group.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(5));
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum value) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(value);
    }

    static Task task(List<Task> tasks, String textPart) {
        return tasks.stream().filter(t -> t.text().contains(textPart)).findFirst()
                .orElseThrow(() -> new AssertionError("No task with " + textPart + " in " + tasks.stream().map(Task::text).toList()));
    }

    static List<String> leads(Task task) {
        return units(task, Role.LEADS);
    }

    static List<String> supports(Task task) {
        return units(task, Role.SUPPORTS);
    }

    private static List<String> units(Task task, Role role) {
        return task.responsibilities().stream().filter(r -> r.role() == role).map(Responsibility::asWritten).toList();
    }
}
