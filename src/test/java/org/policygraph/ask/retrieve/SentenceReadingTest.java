package org.policygraph.ask.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policygraph.ask.compose.Figures;

class SentenceReadingTest {

    @Test
    void should_find_quantities_but_not_years_or_names() {
        assertThat(Figures.in("力争实现全年开行300班，货值达到13亿美元")).containsExactly("300班", "13亿美元");
        assertThat(Figures.in("引导相关企业向863中部软件园集聚，2017年完成")).isEmpty();
        assertThat(Figures.in("占生产总值比重达到53%以上")).containsExactly("53%");
    }

    @Test
    void should_find_quantities_counted_in_any_measure_word() {
        assertThat(Figures.in("新设立20支以上各类双创基金,基金管理规模100亿元以上")).containsExactly("20支", "100亿元");
        assertThat(Figures.in("全市举办会展项目270个,展览总面积达到270万平方米")).containsExactly("270个", "270万平方米");
        assertThat(Figures.in("2017年3月5日前完成")).isEmpty();
    }

    @Test
    void should_find_the_body_a_sentence_puts_in_charge_without_a_label() {
        assertThat(BodyMentions.in("由省发展改革、教育、科技等部门制定本领域专项工作方案，报省对外开放工作领导小组批准后实施"))
                .contains("省对外开放工作领导小组");
        assertThat(BodyMentions.in("投资5亿元以上的项目要及时上报市商务局")).containsExactly("市商务局");
        assertThat(BodyMentions.in("充分发挥市开放创新领导小组办公室的综合协调作用")).containsExactly("市开放创新领导小组办公室");
    }

    @Test
    void should_find_no_body_in_a_sentence_that_names_none_in_charge() {
        assertThat(BodyMentions.in("定期召开会议，加强顶层设计和统筹协调，对接省级基地领导小组")).isEmpty();
        assertThat(BodyMentions.in("决定对2016年度销售收入首超100亿元的海马汽车郑州基地进行奖励，奖励金额为100万元。")).isEmpty();
    }

    @Test
    void should_read_lead_and_supporters_from_a_table_row() {
        TextAssignments.Reading row = TextAssignments.read("24；智慧安全应急建设；市安监局牵头，市食药局、数字办、公安局等职责分工负责");
        assertThat(row.leads()).containsExactly("市安监局");
        assertThat(row.supports()).containsExactly("市食药局", "数字办", "公安局");
        assertThat(row.explicit()).isTrue();
    }

    @Test
    void should_read_the_first_listed_unit_of_a_row_without_a_lead() {
        TextAssignments.Reading row = TextAssignments.read("17；“互联网+”商贸物流业；市商务局、交通委、发展改革委等按职责分工负责");
        assertThat(row.leads()).containsExactly("市商务局");
        assertThat(row.supports()).containsExactly("交通委", "发展改革委");
        assertThat(row.explicit()).isFalse();
    }

    @Test
    void should_split_sentences_at_stops_and_enumerations() {
        assertThat(Sentences.split("一是强化创新平台建设。二是推进协同创新；三是构建双创体系"))
                .containsExactly("一是强化创新平台建设。", "二是推进协同创新；", "三是构建双创体系");
    }
}
