package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionReadingTest {
    private final QuestionCues cues = new QuestionCues();
    private final Glossary glossary = new Glossary();
    private final EnglishNumbers numbers = new EnglishNumbers();

    @Test
    void should_read_an_english_question_quoting_a_document_number_as_english() {
        assertThat(Language.of("Which bureau leads the China-Europe train target in 郑政文〔2017〕44号?"))
                .isEqualTo(Language.EN);
        assertThat(Language.of("中欧班列的目标由哪个局牵头？")).isEqualTo(Language.ZH);
    }

    @Test
    void should_read_colloquial_lead_questions_as_lead_questions() {
        assertThat(cues.kinds("智慧安全应急建设归哪个部门牵头")).containsExactly(Kind.LEAD);
        assertThat(cues.kinds("每年发郑州制造10大品牌榜，这事排第一的责任单位是哪个局？")).contains(Kind.LEAD);
        assertThat(cues.kinds("健康医疗信息化卫生局牵头，还有哪些部门配合？")).contains(Kind.LEAD, Kind.SUPPORT);
    }

    @Test
    void should_not_read_document_number_and_date_questions_as_figure_or_deadline_questions() {
        assertThat(cues.kinds("制造业供给侧结构性改革行动方案文号多少，哪天发的？")).containsExactly(Kind.DOCUMENT);
        assertThat(cues.kinds("Who issued Henan's 2016 opening-up action plan, and on what date?"))
                .containsExactly(Kind.DOCUMENT);
    }

    @Test
    void should_read_deadline_and_figure_questions() {
        assertThat(cues.kinds("社保费征收移交和不动产登记那项改革要求啥时候完成？")).containsExactly(Kind.DEADLINE);
        assertThat(cues.kinds("By when do all key units have to finish building small fire stations?"))
                .contains(Kind.DEADLINE);
        assertThat(cues.kinds("2017年全货运航线目标是几条")).containsExactly(Kind.VALUE);
        assertThat(cues.kinds("For the e-supervision system task, who leads it and what's the completion date?"))
                .contains(Kind.LEAD, Kind.DEADLINE);
        assertThat(glossary.chineseTerms("the e-supervision system task in the 2017 approval reform points"))
                .contains(java.util.List.of("电子监察系统", "电子监察"), java.util.List.of("要点"));
    }

    @Test
    void should_read_a_goal_against_its_result_but_not_a_figure_or_a_date_to_reach() {
        assertThat(cues.kinds("计划定的目标是多少，最后完成了多少")).contains(Kind.RESULT);
        assertThat(cues.kinds("2017年跨境电商货值的目标完成了吗？")).contains(Kind.RESULT);
        assertThat(cues.kinds("Did it reach the target?")).contains(Kind.RESULT);
        assertThat(cues.kinds("What was the goal for foreign trade and what was achieved?")).contains(Kind.RESULT);
        assertThat(cues.kinds("广州到2015年养老床位要达到多少张？")).doesNotContain(Kind.RESULT);
        assertThat(cues.kinds("广州26个市级幸福社区试点什么时候要完成")).doesNotContain(Kind.RESULT);
        assertThat(cues.kinds("Which office actually carries out the assessment?")).doesNotContain(Kind.RESULT);
    }

    @Test
    void should_translate_english_policy_terms_longest_phrase_first() {
        assertThat(glossary.chineseTerms("How does cross-border e-commerce use the China-Europe train?"))
                .contains(java.util.List.of("跨境电子商务", "跨境电商"), java.util.List.of("中欧班列", "郑欧班列"))
                .doesNotContain(java.util.List.of("电子商务", "电商"));
    }

    @Test
    void should_read_an_acronym_only_in_capitals_when_its_lower_case_is_a_question_word() {
        assertThat(glossary.chineseTerms("Which offices lead the government service work in the IT plan?"))
                .contains(java.util.List.of("信息化", "信息技术"));
        assertThat(glossary.chineseTerms("Who leads it and when is it due?"))
                .doesNotContain(java.util.List.of("信息化", "信息技术"));
    }

    @Test
    void should_widen_a_compound_by_the_synonyms_of_its_part() {
        assertThat(glossary.widen("自贸区郑州片区")).startsWith("自贸区郑州片区")
                .contains("自由贸易试验区郑州片区", "自贸试验区郑州片区");
        assertThat(glossary.widen("对外开放型经济")).doesNotContain("对外对外开放型经济");
    }

    @Test
    void should_widen_a_chinese_term_to_its_synonyms() {
        assertThat(glossary.widen("自贸区")).contains("自由贸易试验区", "自贸试验区");
    }

    @Test
    void should_write_english_amounts_the_chinese_way() {
        assertThat(numbers.amounts("the 1 million yuan reward")).containsExactly("100万");
        assertThat(numbers.amounts("revenue of 50 billion yuan by 2020")).containsExactly("500亿", "2020");
        assertThat(numbers.amounts("the work safety 13th Five-Year plan")).isEmpty();
    }

    @Test
    void should_read_a_glossary_term_written_in_the_plural() {
        assertThat(glossary.chineseTerms("According to the FTZ plan, how often do the China-Europe trains run now?"))
                .contains(java.util.List.of("中欧班列", "郑欧班列"));
        assertThat(glossary.chineseTerms("Who takes the lead on speeding up environmental impact assessment approvals?"))
                .contains(java.util.List.of("审批", "批准"));
    }

    @Test
    void should_read_a_time_node_as_a_deadline_question() {
        assertThat(cues.kinds("县残疾人综合服务中心的时间节点是？")).contains(Kind.DEADLINE);
    }

    @Test
    void should_read_what_a_unit_has_led_as_its_task_list() {
        assertThat(cues.kinds("数字办在今年审批改革要点里牵头了哪些工作？")).contains(Kind.DEPT_TASKS);
        assertThat(cues.kinds("What task is co-led by the Supervision Bureau and 数字办, and what is its deadline?"))
                .contains(Kind.DEPT_TASKS, Kind.DEADLINE);
        assertThat(cues.kinds("县水务局要负责哪几件事")).contains(Kind.DEPT_TASKS);
        assertThat(cues.kinds("中欧班列的目标由哪个局牵头？")).doesNotContain(Kind.DEPT_TASKS);
    }

    @Test
    void should_read_a_unit_before_a_role_verb_and_a_list_word_as_its_task_list_but_which_unit_leads_as_a_lead() {
        UnitTaskShapes shapes = new UnitTaskShapes();
        assertThat(shapes.kinds("633人才工程里§牵头哪几个项目?", ""))
                .contains(java.util.List.of(Kind.DEPT_TASKS, Kind.LEAD));
        assertThat(shapes.kinds("人才工程里§负责哪些?", "")).contains(java.util.List.of(Kind.DEPT_TASKS));
        assertThat(shapes.kinds("", "Which projects does the § lead in the talent plan?"))
                .contains(java.util.List.of(Kind.DEPT_TASKS, Kind.LEAD));
        assertThat(shapes.kinds("菁英计划留学项目哪个单位牵头?", "")).isEmpty();
        assertThat(shapes.kinds("§牵头的有哪些配合单位?", "")).isEmpty();
    }

    @Test
    void should_name_a_unit_in_english_without_the_place_and_level_words_of_its_full_english_name() {
        EnglishUnitStems stems = new EnglishUnitStems(java.util.List.of("Zhengzhou Municipal Urban Management Bureau",
                "Zhengzhou Municipal Bureau of Commerce", "Henan Provincial Department of Commerce"));
        assertThat(stems.stem("Zhengzhou Municipal Urban Management Bureau")).isEqualTo("urban management bureau");
        assertThat(stems.stem("Zhengzhou Municipal Bureau of Commerce")).isEqualTo("bureau of commerce");
        assertThat(stems.stem("Henan Provincial Department of Commerce")).isEqualTo("department of commerce");
        assertThat(stems.stem("Port Office")).isNull();
    }
}
