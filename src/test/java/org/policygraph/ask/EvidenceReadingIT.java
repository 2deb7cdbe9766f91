package org.policygraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policygraph.TestGraph;

/**
 * The asked slot read from the top evidence, and a refusal decided by it: answered when a top clause covers the
 * question and holds a value of the asked type, refused when none holds one (the shipped corpus).
 */
class EvidenceReadingIT {
    private static String answer(String question) {
        return TestGraph.lexicalAsker().ask(question, null).answer();
    }

    @Test
    void should_answer_a_figure_its_top_clause_holds_though_the_question_words_it_otherwise() {
        String answer = answer("省里2016年开放行动计划货物贸易增速目标多少");

        assertThat(answer).contains("7%").doesNotContain("未明确");
    }

    @Test
    void should_refuse_a_figure_whose_unit_no_clause_holds() {
        String answer = answer("2016年全省开放行动计划里郑欧班列要开多少班");

        assertThat(answer).contains("未明确").doesNotContain("7%");
    }

    @Test
    void should_read_a_figure_written_as_more_than_a_number() {
        assertThat(answer("招商意见里说郑州落地了多少项国家战略")).contains("10余项");
    }

    @Test
    void should_read_a_point_in_the_year_as_the_time_asked() {
        assertThat(answer("县区开发区啥时候要对全年招商做专题研究")).contains("年初").doesNotContain("未明确该事项的完成时间");
    }

    @Test
    void should_read_the_figure_of_the_unit_the_question_names() {
        assertThat(answer("17年开发区四力型项目至少要签几个、开工几个")).contains("8个");
    }

    @Test
    void should_name_the_document_a_question_gives_only_the_number_of() {
        assertThat(answer("郑政办〔2017〕38号是个什么文件？")).contains("行政审批制度改革", "郑州市人民政府办公厅")
                .doesNotContain("没有找到");
    }

    @Test
    void should_find_a_slogan_the_segmenter_breaks_into_characters() {
        assertThat(answer("引金入郑那块谁牵头？")).contains("金融办").doesNotContain("没有找到");
    }

    @Test
    void should_read_a_figure_counted_in_a_measure_word_and_a_size_in_any_unit() {
        assertThat(answer("双创示范基地建设意见里，到2018年双创基金要新设几支，规模多大")).contains("20支", "100亿元");
    }

    @Test
    void should_reach_the_clause_of_an_english_question_written_in_the_plural() {
        assertThat(answer("What cargo value do the China-Europe trains aim for in the 2017 opening-up plan?"))
                .contains("13亿美元");
    }

    @Test
    void should_list_what_a_unit_has_led_whatever_kind_of_item_the_question_names() {
        assertThat(answer("市数字办在2017年审批改革工作要点里牵头了哪些工作？")).contains("政务服务网", "同城通办")
                .doesNotContain("未明确");
    }
}
