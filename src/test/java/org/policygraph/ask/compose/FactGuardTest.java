package org.policygraph.ask.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactGuardTest {

    @Test
    void should_read_departments_from_a_responsibility_line() {
        // given
        String line = "牵头单位：市商务局、市工信委，责任单位：市发展改革委、市财政局，各县（市、区）、开发区。";

        // when / then
        assertThat(FactGuard.facts(line)).containsExactly("市商务局", "市工信委", "市发展改革委", "市财政局");
    }

    @Test
    void should_read_numbers_with_units_but_not_the_market() {
        // given
        String sentence = "2017年全市跨境电子商务年交易额增长25%，巩固周边客源市场，货值达到13亿美元。";

        // when / then
        assertThat(FactGuard.facts(sentence)).containsExactly("2017年", "25%", "13亿美元");
    }

    @Test
    void should_read_iso_dates_but_not_a_span_of_years() {
        assertThat(FactGuard.facts("Deadline: 2017-06-30.")).containsExactly("2017-06-30");
        assertThat(FactGuard.facts("行动方案（2016-2018年）")).containsExactly("2018年");
    }

    @Test
    void should_treat_a_document_number_with_stray_spaces_as_the_same_fact() {
        assertThat(FactGuard.sameFacts("见郑政文 〔2017〕44号。", "详见郑政文〔2017〕 44 号")).isTrue();
    }

    @Test
    void should_tell_documents_of_different_issuers_apart() {
        assertThat(FactGuard.sameFacts("郑政〔2017〕6号", "郑政办〔2017〕6号")).isFalse();
    }

    @Test
    void should_accept_a_candidate_whose_facts_all_stand_in_the_evidence() {
        // given
        String evidence = "[S1] 郑政办〔2017〕35号 （四）口岸经济：争取班列年开行300班，货值达到13亿美元。";

        // when / then
        assertThat(FactGuard.supportedBy(evidence, "郑政办〔2017〕35号要求年开行300班。")).isTrue();
        assertThat(FactGuard.supportedBy(evidence, "郑政办〔2017〕35号要求年开行300班，由市口岸办牵头。")).isFalse();
    }
}
