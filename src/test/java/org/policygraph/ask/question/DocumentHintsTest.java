package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.read.DocumentSummary;

class DocumentHintsTest {
    private final DocumentHints hints = new DocumentHints(List.of(
            new DocumentSummary("郑政文〔2017〕44号", "郑政文〔2017〕44号", "关于印发郑州市2017年对外开放工作实施方案的通知",
                    "郑州市人民政府", "2017-02-13", "a.txt", 1, "郑州市", 10, 0, false),
            new DocumentSummary("郑政办〔2017〕44号", "郑政办〔2017〕44号", "关于加快金融租赁行业发展的实施意见",
                    "郑州市人民政府办公厅", "2017-03-31", "b.txt", 1, "郑州市", 10, 0, false),
            new DocumentSummary("郑政文〔2017〕62号", "郑政文〔2017〕62号",
                    "关于印发郑州市推进服务业供给侧结构性改革专项行动方案（2016-2018年）的通知",
                    "郑州市人民政府", "2017-03-24", "b.txt", 100, "郑州市", 10, 0, false)));

    @Test
    void should_point_at_every_document_a_bare_number_fits() {
        Map<String, Double> boosts = boostsFor("44号文里对外开放工作由谁综合协调？", List.of());
        assertThat(boosts.get("郑政文〔2017〕44号")).isGreaterThanOrEqualTo(DocumentHints.NUMBER_BOOST);
        assertThat(boosts.get("郑政办〔2017〕44号")).isGreaterThanOrEqualTo(DocumentHints.NUMBER_BOOST);
        assertThat(boosts).doesNotContainKey("郑政文〔2017〕62号");
    }

    @Test
    void should_point_only_at_the_document_a_full_number_names() {
        Map<String, Double> boosts = boostsFor("郑政办〔2017〕44号的发展目标是什么", List.of());
        assertThat(boosts.getOrDefault("郑政办〔2017〕44号", 0.0)).isGreaterThanOrEqualTo(DocumentHints.NUMBER_BOOST);
        assertThat(boosts.getOrDefault("郑政文〔2017〕44号", 0.0)).isLessThan(DocumentHints.NUMBER_BOOST);
    }

    @Test
    void should_point_at_the_plan_whose_title_the_question_quotes() {
        List<TermGroup> terms = List.of(new TermGroup(List.of("服务业"), 2.7), new TermGroup(List.of("方案"), 3.5),
                new TermGroup(List.of("中欧班列"), 6.1));
        Map<String, Double> boosts = boostsFor("中欧班列，服务业那个方案里是哪个部门打头的？", terms);
        assertThat(boosts.get("郑政文〔2017〕62号")).isGreaterThan(boosts.getOrDefault("郑政文〔2017〕44号", 0.0));
    }

    @Test
    void should_search_a_question_without_the_numbers_that_name_its_documents() {
        assertThat(hints.withoutNumbers("62号文定的2018年服务业目标是多少")).doesNotContain("62", "文定").contains("2018年服务业");
        assertThat(hints.withoutNumbers("Who leads the 300 trips in 郑政文〔2017〕44号?")).doesNotContain("44").contains("300");
    }

    @Test
    void should_keep_a_number_that_names_no_document_as_a_search_term() {
        assertThat(hints.withoutNumbers("地铁3号线什么时候开通")).isEqualTo("地铁3号线什么时候开通");
    }

    @Test
    void should_hold_a_question_naming_two_places_to_both_even_when_a_title_and_place_boost_one_like_a_number() {
        DocumentHints twoPlaces = openingPlans();
        String question = "对外承包工程营业额，河南2016年开放计划和郑州2017年开放方案各要求增长多少？";
        List<TermGroup> terms = List.of(new TermGroup(List.of("开放"), 2.8), new TermGroup(List.of("计划"), 3.1),
                new TermGroup(List.of("营业额"), 6.8));
        Set<String> places = twoPlaces.placesNamed(question);
        Map<String, Double> boosts = twoPlaces.boosts(places, Texts.fold(question), terms, 2016);
        assertThat(boosts.get("henan")).isGreaterThanOrEqualTo(DocumentHints.NUMBER_BOOST);
        assertThat(twoPlaces.scope(places, Texts.fold(question), terms, 2016))
                .containsExactlyInAnyOrder("henan", "郑政文〔2017〕44号");
    }

    @Test
    void should_hold_a_question_to_a_document_named_by_its_title_beside_the_place_it_names() {
        DocumentHints twoPlaces = openingPlans(new DocumentSummary("郑政〔2017〕12号", "郑政〔2017〕12号",
                "关于印发郑州市推进工业结构调整实施方案的通知", "郑州市人民政府", "2017-02-01", "b.txt", 1, "郑州市", 10, 0, false));
        String question = "货物贸易进出口，省里2016年开放行动计划和郑州2017年开放方案各定了多少？";
        List<TermGroup> terms = List.of(new TermGroup(List.of("货物贸易"), 5.0), new TermGroup(List.of("开放"), 0.8),
                new TermGroup(List.of("行动计划"), 4.0), new TermGroup(List.of("方案"), 1.1));
        Set<String> places = twoPlaces.placesNamed(question);
        assertThat(places).containsExactly("郑州市");
        assertThat(twoPlaces.scope(places, Texts.fold(question), terms, 2016))
                .containsExactlyInAnyOrder("henan", "郑政文〔2017〕44号", "郑政〔2017〕12号");
    }

    @Test
    void should_take_a_shortened_title_for_the_title_it_shortens() {
        String informatisation = Texts.fold("关于印发郑州市信息化“十三五”发展规划的通知");
        assertThat(DocumentHints.titleHolds(informatisation, new TermGroup(List.of("十三五规划"), 6))).isTrue();
        assertThat(DocumentHints.titleHolds(informatisation, new TermGroup(List.of("安全生产"), 3))).isFalse();
        // 「文化十三五规划」: the words between 十三五 and 规划 (文化事业产业发展) are left out, as people shorten titles
        String culture = Texts.fold("关于印发郑州市“十三五”文化事业产业发展规划的通知");
        assertThat(DocumentHints.titleHolds(culture, new TermGroup(List.of("十三五规划"), 6))).isTrue();
    }

    /** A province's opening-up plan and a city's, and any more documents. */
    private static DocumentHints openingPlans(DocumentSummary... more) {
        List<DocumentSummary> documents = new java.util.ArrayList<>(List.of(
                new DocumentSummary("henan", null, "关于印发2016年河南省对外开放工作行动计划的通知", "河南省人民政府办公厅",
                        "2016-04-01", "h.txt", 1, "河南省", 10, 0, false),
                new DocumentSummary("郑政文〔2017〕44号", "郑政文〔2017〕44号", "关于印发郑州市2017年对外开放工作实施方案的通知",
                        "郑州市人民政府", "2017-02-13", "a.txt", 1, "郑州市", 10, 0, false)));
        documents.addAll(List.of(more));
        return new DocumentHints(documents);
    }

    private Map<String, Double> boostsFor(String question, List<TermGroup> terms) {
        return hints.boosts(hints.placesNamed(question), Texts.fold(question), terms, null);
    }
}
