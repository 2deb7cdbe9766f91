package org.policygraph.ask.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures as the documents write them, in digits or Chinese numerals, read from real sentences of the corpus. */
class FiguresTest {

    @Test
    void should_read_a_count_written_in_chinese_numerals() {
        assertThat(Figures.in("以项目落地实绩为考核标准，每年评选出十大重大招商引资项目，以市委市政府名义进行表彰"))
                .containsExactly("十大");
    }

    @Test
    void should_read_a_span_of_years_in_numerals_or_digits_but_no_calendar_year() {
        assertThat(Figures.in("经过三至五年改革发展，基本形成贸易新经济、物流新经济")).containsExactly("三至五年");
        assertThat(Figures.in("力争用3—5年时间")).containsExactly("3—5年");
        assertThat(Figures.in("本规划期限为2018—2022年")).isEmpty();
    }

    @Test
    void should_read_a_range_whole_not_its_upper_end() {
        assertThat(Figures.in("到2018年，努力形成4-6个布局集中、服务联动、集约发展的城市物流配送集聚区，3-5个示范城市配送中心。"))
                .containsExactly("4-6个", "3-5个");
        assertThat(Figures.in("2016-2018年")).isEmpty();
    }

    @Test
    void should_read_how_often_a_service_runs() {
        assertThat(Figures.in("集疏节点遍布欧盟、俄罗斯和中亚地区，现已实现每周“去8回6”的高频次运营"))
                .containsExactly("每周去8回6");
    }

    @Test
    void should_not_read_an_article_a_plan_period_or_an_ordinal_as_a_figure() {
        assertThat(Figures.in("谋划一批重大项目，编制“十三五”规划，第三个阶段，一是加强领导")).isEmpty();
    }

    @Test
    void should_keep_the_figures_in_the_order_written() {
        assertThat(Figures.in("其中郑州片区实施范围73.17平方公里，涵盖郑州经济开发区41.22平方公里、两大区块"))
                .containsExactly("73.17平方公里", "41.22平方公里", "两大");
    }
}
