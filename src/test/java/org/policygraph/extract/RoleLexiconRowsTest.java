package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.RoleLexicon;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * Every label row of graph-import/roles.tsv read through the real parser and extractor: a unit role as a label line
 * after its task and as a column header, a leader as a person, a time limit as the deadline, and the other table
 * fields as columns whose cells are no units. A new office's wording added as a row is tested here at once.
 */
class RoleLexiconRowsTest {
    private static final Extractor EXTRACTOR = new Extractor(DepartmentDictionary.load());
    private static final String TITLE = "关于印发重点工作任务分解方案的通知\n";
    private static final String TASK = "实施城市更新行动，完成老旧小区改造30个";

    private static Task only(String text) {
        List<Task> tasks = EXTRACTOR.extract(new CorpusParser().parse("plan.txt", text).get(0)).tasks();
        assertThat(tasks).as(text).hasSize(1);
        return tasks.get(0);
    }

    private static List<Role> expected(Field field) {
        return switch (field) {
            case LEAD, CO_LEAD -> List.of(Role.LEADS, Role.LEADS);
            case RESPONSIBLE -> List.of(Role.LEADS, Role.SUPPORTS);
            case SUPPORT -> List.of(Role.SUPPORTS, Role.SUPPORTS);
            default -> List.of(Role.IMPLEMENTS, Role.IMPLEMENTS);
        };
    }

    @Test
    void should_read_every_unit_role_row_as_its_role_in_a_label_line_and_in_a_column_header() {
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, Field> row : RoleLexicon.get().labels().entrySet()) {
            if (!row.getValue().isUnitRole()) {
                continue;
            }
            List<Role> roles = expected(row.getValue());
            Task line = only(TITLE + "一、重点工作任务\n1." + TASK + "。\n" + row.getKey() + "：县住建局、县财政局\n");
            soft.assertThat(line.responsibilities()).as("label line " + row.getKey())
                    .extracting(Responsibility::asWritten, Responsibility::role)
                    .containsExactly(tuple("县住建局", roles.get(0)), tuple("县财政局", roles.get(1)));
            Task cell = only(TITLE + "| 序号 | 重点任务 | " + row.getKey() + " |\n| --- | --- | --- |\n| 1 | " + TASK
                    + " | 县住建局、县财政局 |\n");
            soft.assertThat(cell.responsibilities()).as("column " + row.getKey())
                    .extracting(Responsibility::asWritten, Responsibility::role)
                    .containsExactly(tuple("县住建局", roles.get(0)), tuple("县财政局", roles.get(1)));
        }
        soft.assertAll();
    }

    @Test
    void should_read_every_leader_row_as_a_person_and_every_time_limit_row_as_the_deadline() {
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, Field> row : RoleLexicon.get().labels().entrySet()) {
            String text = TITLE + "一、重点工作任务\n1." + TASK + "。\n牵头单位：县住建局\n" + row.getKey();
            if (row.getValue() == Field.LEADER) {
                Task t = only(text + "：王建国\n");
                soft.assertThat(t.leaders()).as(row.getKey()).extracting(Leader::name).containsExactly("王建国");
                soft.assertThat(t.responsibilities()).as(row.getKey()).extracting(Responsibility::asWritten)
                        .containsExactly("县住建局");
            } else if (row.getValue() == Field.DEADLINE) {
                Task t = only(text + "：2025年6月底前\n");
                soft.assertThat(t.deadline() == null ? "" : t.deadline().text()).as(row.getKey()).contains("2025年6月底");
            }
        }
        soft.assertAll();
    }

    @Test
    void should_read_every_other_table_field_row_as_a_column_whose_cells_are_no_units() {
        Map<Field, String> cells = Map.of(Field.PROGRESS, "已完成60%", Field.INVESTMENT, "1200", Field.PERIOD, "2024-2025年",
                Field.REMARK, "县政府办公室", Field.NUMBER, "7", Field.TASK, TASK);
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, Field> row : RoleLexicon.get().labels().entrySet()) {
            String cell = cells.get(row.getValue());
            if (cell == null) {
                continue;
            }
            String header = row.getValue() == Field.TASK ? "| 序号 | " + row.getKey() + " | 牵头单位 |"
                    : "| 序号 | 重点任务 | 牵头单位 | " + row.getKey() + " |";
            String values = row.getValue() == Field.TASK ? "| 1 | " + TASK + " | 县住建局 |"
                    : "| 1 | " + TASK + " | 县住建局 | " + cell + " |";
            Task t = only(TITLE + header + "\n" + "| --- ".repeat(header.split("\\|").length - 1) + "|\n" + values + "\n");
            soft.assertThat(t.responsibilities()).as(row.getKey()).extracting(Responsibility::asWritten)
                    .containsExactly("县住建局");
            soft.assertThat(t.text()).as(row.getKey()).contains(TASK);
        }
        soft.assertAll();
    }

    @Test
    void should_read_every_frame_row_as_a_body_named_in_that_capacity() {
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, Field> row : RoleLexicon.get().frames().entrySet()) {
            String said = row.getKey().replace("X", "县住建局").replace("…", "县政府");
            Task t = only(TITLE + "一、重点工作任务\n1." + TASK + "。" + said + "相关工作。\n");
            soft.assertThat(t.responsibilities()).as(row.getKey()).filteredOn(r -> r.role() == Role.NAMED)
                    .extracting(Responsibility::asWritten, Responsibility::basis)
                    .containsExactly(tuple("县住建局", row.getValue().name().toLowerCase()));
        }
        soft.assertAll();
    }
}
