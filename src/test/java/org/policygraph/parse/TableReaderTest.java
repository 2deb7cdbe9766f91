package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReaderTest {
    private final LineCleaner cleaner = new LineCleaner();
    private final ParagraphJoiner joiner = new ParagraphJoiner(new TableReader(cleaner), new FlatTableReader(cleaner));

    private List<SourceLine> lines(String... raw) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            lines.add(cleaner.clean(i + 1, raw[i]));
        }
        return lines;
    }

    @Test
    void should_label_markdown_cells_with_their_header() {
        List<Paragraph> rows = joiner.join(lines(
                "| 序号 | 工作任务 | 牵头单位 | 完成时间 |",
                "|---|---|---|---|",
                "| 1 | 建成运营 9 个功能性口岸 | 市商务局 | 2017 年底 |"));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).text()).isEqualTo("序号：1；工作任务：建成运营9个功能性口岸；牵头单位：市商务局；完成时间：2017年底");
        assertThat(rows.get(0).cells()).containsExactly("1", "建成运营9个功能性口岸", "市商务局", "2017年底");
        assertThat(rows.get(0).line()).isEqualTo(3);
    }

    @Test
    void should_keep_reading_a_tab_table_across_a_blank_line_but_not_into_a_table_of_its_own() {
        List<Paragraph> rows = joiner.join(lines(
                "序号\t重点任务\t负责单位",
                "15\t“互联网+”现代农业\t市农委牵头,市科技局、工信委、畜牧局等按职责分工负责",
                "",
                "16\t“互联网+”现代服务业\t市金融办、旅游局、文广新局、发展改革委等按职责分工负责",
                "",
                "名称\t类型\t责任单位",
                "郑州市非物质文化遗产保护办法\t制定\t市文广新局"));

        assertThat(rows).extracting(Paragraph::text).containsExactly(
                "序号：15；重点任务：“互联网+”现代农业；负责单位：市农委牵头，市科技局、工信委、畜牧局等按职责分工负责",
                "序号：16；重点任务：“互联网+”现代服务业；负责单位：市金融办、旅游局、文广新局、发展改革委等按职责分工负责",
                "名称：郑州市非物质文化遗产保护办法；类型：制定；责任单位：市文广新局");
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void should_join_a_markdown_row_split_over_lines_and_strip_html() {
        List<Paragraph> rows = joiner.join(lines(
                "- | | |",
                "|---|--|",
                "| <p>重点文化功能区",
                "“一带四区”</p> | <ol style=\"list-style-type: none\"> 1. 沿黄文化旅游带 </ol> |"));

        assertThat(rows).extracting(Paragraph::text).containsExactly("重点文化功能区“一带四区”；1.沿黄文化旅游带");
    }

    @Test
    void should_read_html_table_rows() {
        List<Paragraph> rows = joiner.join(lines(
                "<table><tr><th>任务</th><th>责任单位</th></tr>",
                "<tr><td>推进口岸建设</td><td>市商务局</td></tr></table>",
                "下一段正文。"));

        assertThat(rows).extracting(Paragraph::text).containsExactly("任务：推进口岸建设；责任单位：市商务局", "下一段正文。");
    }
}
