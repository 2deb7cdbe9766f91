package org.policygraph.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.policygraph.graph.read.TaskRow;

/** The spreadsheet columns of the task division table, with Chinese headers, and each row's cells as text. */
final class TableColumns {
    static final List<String> HEADERS = List.of("文号", "文件标题", "地区", "章节", "任务", "牵头单位", "牵头依据",
            "配合单位", "完成时限", "时限日期", "时限类型", "目标", "来源文件", "行");

    private TableColumns() {
    }

    static List<Object> cells(TaskRow row) {
        Map<String, Object> deadline = row.deadline() == null ? Map.of() : row.deadline();
        return List.of(text(row.docNo()), text(row.title()), text(row.jurisdiction()), section(row), row.text(),
                units(row.leads()), row.leads().stream().map(l -> text(l.get("basis"))).distinct()
                        .collect(Collectors.joining("、")),
                units(row.supports()), text(deadline.get("text")), text(deadline.get("date")),
                text(deadline.get("kind")), targets(row.targets()), text(row.sourceFile()), row.line());
    }

    private static String section(TaskRow row) {
        return row.sectionHeading().isEmpty() ? row.sectionPath() : row.sectionPath() + " " + row.sectionHeading();
    }

    private static String units(List<Map<String, Object>> units) {
        return units.stream().map(u -> text(u.get("asWritten"))).collect(Collectors.joining("、"));
    }

    private static String targets(List<Map<String, Object>> targets) {
        return targets.stream().map(t -> text(t.get("value")) + text(t.get("unit"))
                        + (t.get("year") == null ? "" : "（" + t.get("year") + "年）"))
                .collect(Collectors.joining("；"));
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
