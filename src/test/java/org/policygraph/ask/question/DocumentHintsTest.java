package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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

    private Map<String, Double> boostsFor(String question, List<TermGroup> terms) {
        return hints.boosts(hints.placesNamed(question), Texts.fold(question), terms, null);
    }
}
