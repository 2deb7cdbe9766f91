package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The attachments a real document lists after its body, as written, （略） included. */
class AttachmentsTest {
    private static final CorpusParser PARSER = new CorpusParser();

    @Test
    void should_read_a_numbered_attachment_list_of_the_gazette_with_the_omitted_ones_marked() {
        ParsedDocument biopharma = PARSER.parse(CorpusParserTest.CORPUS.resolve(CorpusParserTest.GAZETTE)).stream()
                .filter(d -> "郑政办〔2017〕25号".equals(d.docNo())).findFirst().orElseThrow();

        assertThat(biopharma.attachments()).hasSize(8);
        assertThat(biopharma.attachments().get(0)).isEqualTo("重点工作任务分工表（略）");
        assertThat(biopharma.attachments().get(7)).isEqualTo("国内生物医药产业重点企业基本情况（略）");
    }

    @Test
    void should_read_the_list_under_a_notice_and_not_the_attachments_bodies() {
        List<ParsedDocument> notice = PARSER.parse(Path.of("src/test/resources/real/docs/2022-shapingba-gov-report-targets.txt"));

        assertThat(notice.get(0).attachments()).containsExactly("2022年区政府工作报告经济社会发展预期目标任务分解表",
                "2022年区政府工作报告重点工作任务分解表");
    }

    @Test
    void should_take_a_single_attachment_and_no_list_where_there_is_none() {
        ParsedDocument single = PARSER.parse("single.txt", "关于做好某项工作的通知\n各单位：\n一、工作要求\n请按要求办理。\n"
                + "附件：2017年重点项目表（略）\n某某办公室\n2017年3月1日\n").get(0);
        ParsedDocument none = PARSER.parse("none.txt", "关于做好某项工作的通知\n各单位：\n一、工作要求\n请按要求办理。\n").get(0);

        assertThat(single.attachments()).containsExactly("2017年重点项目表（略）");
        assertThat(none.attachments()).isEmpty();
    }
}
