package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListingRuleTest {
    @Test
    void should_read_the_rule_a_lishui_unit_list_states_in_its_closing_remark() {
        // ../shared/real/docs/2023-lishui-gov-report-tasks.txt, item 4
        String line = "责任单位:市发改委、市经信局、市科技局、市财政局、市自然资源局、市生态环境局、市建设局、市交通运输局、"
                + "市水利局、市农业农村局、市文广旅体局、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)";

        assertThat(ListingRule.in(line)).contains(new ListingRule("牵头或汇总单位",
                "除标注“分别牵头”外,列第一位为牵头或汇总单位,下同"));
    }

    @Test
    void should_read_other_wordings_of_the_rule() {
        // constructed sentences: forms other plans use
        assertThat(ListingRule.in("各项任务中排在第一位的为牵头单位，其余为配合单位。")).get()
                .extracting(ListingRule::role).isEqualTo("牵头单位");
        assertThat(ListingRule.in("（责任单位中第一个单位为牵头单位，其他为配合单位）")).get()
                .extracting(ListingRule::remark).isEqualTo("责任单位中第一个单位为牵头单位，其他为配合单位");
    }

    @Test
    void should_find_no_rule_in_a_plain_unit_list_or_a_ranking() {
        assertThat(ListingRule.in("责任单位：市商务局、市发展改革委")).isEmpty();
        assertThat(ListingRule.in("全市经济总量排第一位，增速居全省前列")).isEmpty();
    }
}
