package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteSplitterTest {
    private static final String GAZETTE = String.join("\n",
            "目 录",
            "郑政〔2017〕6号 2017年3月7日",
            "郑政办〔2017〕22号 2017年3月3日",
            "",
            "郑州市人民政府",
            "关于处理国有建设用地上不动产登记 相关问题的意见",
            "郑政〔2017〕6号 2017年3月7日",
            "市内五区人民政府，市人民政府各有关部门：",
            "为妥善解决当前我市不动产登记工作相关问题，现提出如下意见。",
            "一、处理原则",
            "依据郑政办〔2016〕45号文件规定办理。",
            "郑政办〔2016〕45 号文中作了详细说明，总体",
            "要求不变。",
            "本意见自发布之日起施行。",
            "郑州市人民政府办公厅 关于印发郑州市安全生产“十三五”规划的通知",
            "郑政办文〔2017〕57 号 2017 年 3 月 21 日",
            "各县（市、区）人民政府，市人民政府各部门：",
            "《郑州市安全生产“十三五”规划》已经市政府同意，现印发给你们，请认真贯彻执行。",
            "一、发展现状",
            "安全生产形势稳定好转。",
            "二、主要任务",
            "落实企业主体责任。");

    @Test
    void should_open_documents_at_their_issuer_lines_and_skip_the_table_of_contents() {
        List<ParsedDocument> documents = new CorpusParser().parse("gazette.txt", GAZETTE);

        assertThat(documents).extracting(ParsedDocument::docNo).containsExactly("郑政〔2017〕6号", "郑政办文〔2017〕57号");
        assertThat(documents).extracting(ParsedDocument::firstLine).containsExactly(5, 15);
        assertThat(documents.get(0).lastLine()).isEqualTo(14);
        assertThat(documents.get(0).title()).isEqualTo("关于处理国有建设用地上不动产登记相关问题的意见");
        assertThat(documents.get(1).title()).isEqualTo("关于印发郑州市安全生产“十三五”规划的通知");
        assertThat(documents.get(1).issuer()).isEqualTo("郑州市人民政府办公厅");
        assertThat(documents.get(1).issuedOn()).hasToString("2017-03-21");
    }

    @Test
    void should_keep_a_number_cited_at_a_line_start_inside_its_document() {
        ParsedDocument first = new CorpusParser().parse("gazette.txt", GAZETTE).get(0);

        assertThat(first.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly(
                "依据郑政办〔2016〕45号文件规定办理。", "郑政办〔2016〕45号文中作了详细说明，总体要求不变。", "本意见自发布之日起施行。");
    }
}
