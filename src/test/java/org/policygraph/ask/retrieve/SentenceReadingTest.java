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
    void should_split_sentences_at_stops_and_enumerations() {
        assertThat(Sentences.split("一是强化创新平台建设。二是推进协同创新；三是构建双创体系"))
                .containsExactly("一是强化创新平台建设。", "二是推进协同创新；", "三是构建双创体系");
    }
}
