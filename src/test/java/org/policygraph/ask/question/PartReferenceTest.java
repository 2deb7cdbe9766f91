package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartReferenceTest {

    @Test
    void should_read_the_part_a_question_names_as_the_outline_numbers_it() {
        assertThat(PartReference.in("安全生产十三五规划第四部分列了哪些重点工程？")).containsExactly("四", "第四章");
        assertThat(PartReference.in("What does part 3 of the plan list?")).containsExactly("三", "第三章");
        assertThat(PartReference.in("Which projects are in the second chapter?")).containsExactly("二", "第二章");
        assertThat(PartReference.in("第十二章有哪些任务")).containsExactly("十二", "第十二章");
    }

    @Test
    void should_name_no_part_in_a_question_about_a_figure_or_a_grade() {
        assertThat(PartReference.in("第四批生物产业基地有几个？")).isEmpty();
        assertThat(PartReference.in("What is the third target?")).isEmpty();
    }
}
