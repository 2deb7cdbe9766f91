package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.parse.MetadataFields.Entry;
import org.policygraph.parse.MetadataFields.Field;

/** Every row of graph-import/metadata-fields.tsv is read as a label, in each layout a block is written in. */
class MetadataFieldsTest {
    private static final MetadataFields FIELDS = MetadataFields.get();

    @Test
    void should_read_every_listed_wording_as_its_field_with_a_colon_a_space_or_alone() throws IOException {
        List<String[]> rows = Files.readAllLines(Path.of("graph-import/metadata-fields.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();

        assertThat(rows).hasSizeGreaterThan(50);
        for (String[] row : rows) {
            Field field = Field.valueOf(row[1].toUpperCase());
            assertThat(FIELDS.read(row[0] + "：某值")).as(row[0]).containsExactly(new Entry(field, "某值"));
            assertThat(FIELDS.read(row[0] + " 某值")).as(row[0]).containsExactly(new Entry(field, "某值"));
            assertThat(FIELDS.read(row[0])).as(row[0]).containsExactly(new Entry(field, ""));
        }
    }

    @Test
    void should_read_several_pairs_on_one_line_spaced_labels_and_table_rows() {
        assertThat(FIELDS.read("索 引 号 MB1534522/2023-05475 发文日期 2023-01-03")).containsExactly(
                new Entry(Field.INDEX, "MB1534522/2023-05475"), new Entry(Field.ISSUED, "2023-01-03"));
        assertThat(FIELDS.read("发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号")).containsExactly(
                new Entry(Field.ISSUER, "区人民政府办公室"), new Entry(Field.NUMBER, "蔡政办〔2023〕1号"));
        assertThat(FIELDS.read("| 成文日期： | 2023年01月03日 | 主题分类： | 综合政务 |")).containsExactly(
                new Entry(Field.WRITTEN, "2023年01月03日"), new Entry(Field.SUBJECT, "综合政务"));
        assertThat(FIELDS.read("标题：\t关于印发方案的通知\t关于印发方案的通知")).containsExactly(
                new Entry(Field.TITLE, "关于印发方案的通知"));
    }

    @Test
    void should_not_take_a_sentence_or_a_task_that_opens_with_a_label_word_for_a_block_line() {
        assertThat(FIELDS.read("时间紧、任务重，各单位要高度重视。")).isEmpty();
        assertThat(FIELDS.read("主题教育活动扎实开展")).isEmpty();
        assertThat(FIELDS.read("1.完成时间：2024年6月底前")).isEmpty();
        assertThat(FIELDS.read("关于印发标题 方案的通知")).isEmpty();
    }
}
