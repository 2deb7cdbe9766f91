package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineBuilderTest {
    private final OutlineBuilder builder = new OutlineBuilder();

    @Test
    void should_nest_arabic_items_directly_under_han_numbered_sections() {
        Outline outline = builder.build(List.of(
                new Paragraph("为加快发展，制定本方案。", 1),
                new Paragraph("一、重点任务", 2),
                new Paragraph("1.促进投资便利化。推进商事制度改革。", 3),
                new Paragraph("2.推动贸易便利化", 4),
                new Paragraph("二、保障措施", 5),
                new Paragraph("（一）强化领导机制", 6)));

        assertThat(outline.preamble()).extracting(Paragraph::text).containsExactly("为加快发展，制定本方案。");
        assertThat(outline.sections()).extracting(Section::path).containsExactly("一", "二");
        Section first = outline.sections().get(0).children().get(0);
        assertThat(first.path()).isEqualTo("一/1");
        assertThat(first.level()).isEqualTo(2);
        assertThat(first.heading()).isEqualTo("促进投资便利化");
        assertThat(first.paragraphs()).extracting(Paragraph::text).containsExactly("推进商事制度改革。");
        assertThat(outline.sections().get(1).children()).extracting(Section::number).containsExactly("（一）");
    }

    @Test
    void should_read_half_and_full_width_parenthesised_numbers_alike() {
        Outline outline = builder.build(List.of(
                new Paragraph("一、处理原则", 1), new Paragraph("(一) 尊重历史，实事求是", 2),
                new Paragraph("（二）依法依规，提高效率", 3)));

        assertThat(outline.sections().get(0).children()).extracting(Section::number).containsExactly("（一）", "（二）");
    }

    @Test
    void should_make_duplicate_paths_unique() {
        Outline outline = builder.build(List.of(
                new Paragraph("1.核心发展思路", 1), new Paragraph("1.核心发展思路", 2)));

        assertThat(outline.sections()).extracting(Section::path).containsExactly("1", "1#2");
    }

    @Test
    void should_split_yi_shi_clauses_into_children_with_heading_up_to_the_first_stop() {
        Outline outline = builder.build(List.of(
                new Paragraph("（三）强化考核", 1),
                new Paragraph("建立三项机制：一是建立台账制度；每月更新。二是实行通报制度。", 2),
                new Paragraph("三是开展督查。由市政府督查室负责。", 3)));

        Section section = outline.sections().get(0);
        assertThat(section.paragraphs()).extracting(Paragraph::text).containsExactly("建立三项机制：");
        assertThat(section.children()).extracting(Section::heading)
                .containsExactly("建立台账制度", "实行通报制度", "开展督查");
        assertThat(section.children().get(2).paragraphs().get(0).text()).isEqualTo("三是开展督查。由市政府督查室负责。");
        assertThat(section.children().get(2).line()).isEqualTo(3);
    }

    @Test
    void should_give_clauses_and_heading_remainders_the_line_they_start_on() {
        List<JoinedParagraph> joined = new ParagraphJoiner(new TableReader(new LineCleaner()), new FlatTableReader(new LineCleaner())).joinWithLines(List.of(
                new LineCleaner().clean(10, "1.促进投资便利化。一是推进商事制度改革。针对企业设"),
                new LineCleaner().clean(11, "立全面实行“一表申报”制度。二是精简建设项目审批程序。"),
                new LineCleaner().clean(12, "规范审批阶段，三是建设综合服务大厅。")));

        Section section = builder.buildFromJoined(joined).sections().get(0);

        assertThat(section.children()).extracting(Section::line).containsExactly(10, 11, 12);
    }

    @Test
    void should_not_treat_a_decimal_or_a_year_as_a_number() {
        Outline outline = builder.build(List.of(
                new Paragraph("2.2017年郑州市重点推进产业项目表", 1), new Paragraph("1.5亿元用于奖补。", 2)));

        assertThat(outline.sections()).isEmpty();
        assertThat(outline.preamble()).hasSize(2);
    }

    @Test
    void should_make_a_box_a_section_of_its_items_ended_by_a_higher_heading() {
        Outline outline = builder.build(List.of(
                new Paragraph("一、重点任务", 1),
                new Paragraph("（一）推进基础设施建设", 2),
                new Paragraph("1.完善路网。加快建设环线。", 3),
                new Paragraph("专栏一：重大交通工程", 4),
                new Paragraph("1.城际铁路项目。", 5),
                new Paragraph("2.机场三期工程。", 6),
                new Paragraph("2.提升水利保障。建设水库。", 7),
                new Paragraph("（二）保障措施", 8)));

        Section first = outline.sections().get(0).children().get(0);
        assertThat(first.children()).extracting(Section::path).containsExactly("一/（一）/1", "一/（一）/专栏一", "一/（一）/2");
        Section box = first.children().get(1);
        assertThat(box.heading()).isEqualTo("重大交通工程");
        assertThat(box.children()).extracting(Section::heading).containsExactly("城际铁路项目", "机场三期工程");
        assertThat(outline.sections().get(0).children()).extracting(Section::number).containsExactly("（一）", "（二）");
    }
}
