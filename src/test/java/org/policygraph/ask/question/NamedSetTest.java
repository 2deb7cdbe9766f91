package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedSetTest {

    @Test
    void should_read_the_size_and_noun_of_a_set_the_question_names() {
        assertThat(NamedSet.in("工业发展专案提到的七大产业基地分别是哪些？"))
                .contains(new NamedSet(7, "产业基地", "七大产业基地"));
        assertThat(NamedSet.in("航空港实验区的八大产业园区都有哪些")).get().extracting(NamedSet::head).isEqualTo("园区");
        assertThat(NamedSet.in("信息化规划说形成了“三基地”，分别是哪三个？")).get().extracting(NamedSet::size).isEqualTo(3);
        assertThat(NamedSet.in("开放方案里要办的3项国际文化活动是哪几个")).get().extracting(NamedSet::noun)
                .isEqualTo("国际文化活动");
    }

    @Test
    void should_read_no_set_in_a_plan_period_an_ordinal_or_a_figure() {
        assertThat(NamedSet.in("十三五规划里的文化片区有哪些？")).isEmpty();
        assertThat(NamedSet.in("第四批生物产业基地有几个？")).isEmpty();
        assertThat(NamedSet.in("2017年完成投资多少亿元？")).isEmpty();
    }
}
