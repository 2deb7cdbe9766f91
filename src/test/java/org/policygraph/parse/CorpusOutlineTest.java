package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusOutlineTest {
    private static ParsedDocument plan;
    private static ParsedDocument freeTradeZone;

    @BeforeAll
    static void parse() {
        CorpusParser parser = new CorpusParser();
        Path corpus = CorpusParserTest.CORPUS;
        plan = parser.parse(corpus.resolve("2017-zhengzhou-opening-up-plan.txt")).get(0);
        freeTradeZone = parser.parse(corpus.resolve("2018-zhengzhou-free-trade-zone-industry-plan.txt")).get(0);
    }

    @Test
    void should_read_the_pdf_plan_header_with_spaced_number() {
        assertThat(plan.docNo()).isEqualTo("郑政文〔2017〕44号");
        assertThat(plan.title()).isEqualTo("关于印发郑州市2017年对外开放工作实施方案的通知");
        assertThat(plan.issuer()).isEqualTo("郑州市人民政府");
        assertThat(plan.issuedOn()).hasToString("2017-02-13");
    }

    @Test
    void should_nest_the_pdf_plan_outline_by_numbering() {
        assertThat(plan.sections()).extracting(Section::heading)
                .containsExactly("总体思路", "主要工作目标", "重点工作", "保障机制");
        Section goals = plan.sections().get(1);
        assertThat(goals.children()).extracting(Section::heading)
                .startsWith("招商引资", "对外贸易", "对外经济技术合作");
        Section investment = goals.children().get(0);
        assertThat(investment.path()).isEqualTo("二/（一）");
        assertThat(investment.level()).isEqualTo(2);
        assertThat(investment.line()).isEqualTo(43);
    }

    @Test
    void should_join_a_hard_wrapped_pdf_sentence() {
        Section investment = plan.sections().get(1).children().get(0);

        assertThat(investment.paragraphs()).extracting(Paragraph::text).containsExactly(
                "2017年，全市招商引资实际到位资金2000亿元，其中实际吸收外资37.1亿美元，与上年持平；"
                        + "引进域外境内资金1830亿元，同比增长5%。");
        assertThat(investment.paragraphs().get(0).line()).isEqualTo(45);
    }

    @Test
    void should_drop_page_markers_and_join_the_sentence_they_cut() {
        String text = CorpusParserTest.allText(plan);

        assertThat(text).doesNotContainPattern("—\\d+—");
        assertThat(text).contains("三是深入推进关检合作信息互换、监管互认、执法互助。");
    }

    @Test
    void should_make_yi_shi_clauses_children_of_their_section() {
        Section facilitation = section(plan, "三/（一）/1");

        assertThat(facilitation.heading()).isEqualTo("促进投资便利化");
        assertThat(facilitation.children()).extracting(Section::number).containsExactly("一是", "二是", "三是");
        assertThat(facilitation.children()).extracting(Section::heading)
                .containsExactly("推进商事制度改革", "精简建设项目审批程序", "建设综合服务大厅，完善服务大厅功能");
        assertThat(facilitation.children().get(1).path()).isEqualTo("三/（一）/1/二是");
        assertThat(facilitation.children()).extracting(Section::line).containsExactly(119, 123, 127);
    }

    @Test
    void should_outline_the_ocr_markdown_plan_by_numbering_not_by_hashes() {
        assertThat(freeTradeZone.docNo()).isEqualTo("郑政办〔2018〕94号");
        assertThat(freeTradeZone.title()).isEqualTo("关于印发中国（河南）自由贸易试验区郑州片区产业发展规划（暂行）的通知");
        assertThat(freeTradeZone.issuedOn()).hasToString("2018-10-16");
        assertThat(freeTradeZone.sections()).extracting(Section::number).containsExactly("一", "二", "三", "四", "五");
        Section functionLayout = freeTradeZone.sections().get(2);
        assertThat(functionLayout.heading()).isEqualTo("功能布局");
        assertThat(functionLayout.level()).isEqualTo(1);
        assertThat(section(freeTradeZone, "一/（一）/2").heading()).isEqualTo("区内产业突出、领先态势初显");
        assertThat(section(freeTradeZone, "二/（四）").heading()).isEqualTo("奋斗目标");
        assertThat(section(freeTradeZone, "四/（七）/3").heading()).isEqualTo("关键发展举措");
    }

    @Test
    void should_read_tab_table_rows_with_header_labels_and_merged_cells() {
        Paragraph row = paragraphs(freeTradeZone).stream().filter(p -> p.line() == 135).findFirst().orElseThrow();

        assertThat(row.cells()).containsExactly("产业聚集发展", "经济总量规模", "制造业总产值", "亿元");
        assertThat(row.text()).isEqualTo("类别：产业聚集发展；指标：经济总量规模；制造业总产值；单位：亿元");
    }

    static Section section(ParsedDocument document, String path) {
        List<Section> open = new ArrayList<>(document.sections());
        while (!open.isEmpty()) {
            Section next = open.remove(0);
            if (next.path().equals(path)) {
                return next;
            }
            open.addAll(next.children());
        }
        throw new AssertionError("no section " + path + " in " + document.key());
    }

    private static List<Paragraph> paragraphs(ParsedDocument document) {
        List<Paragraph> all = new ArrayList<>(document.preamble());
        List<Section> open = new ArrayList<>(document.sections());
        while (!open.isEmpty()) {
            Section next = open.remove(0);
            all.addAll(next.paragraphs());
            open.addAll(next.children());
        }
        return all;
    }
}
