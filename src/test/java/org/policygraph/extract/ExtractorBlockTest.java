package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.parse.Paragraph;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.parse.Jurisdiction;
import org.policygraph.parse.Section;

class ExtractorBlockTest {
    private static final Extractor EXTRACTOR = new Extractor(DepartmentDictionary.load());

    private static ParsedDocument document(List<Paragraph> preamble, List<Section> sections) {
        return new ParsedDocument("郑政〔2017〕12号", "郑政〔2017〕12号", "关于印发郑州市推进制造业供给侧结构性改革行动方案（2016-2018年）的通知",
                "郑州市人民政府", LocalDate.of(2017, 3, 29), new Jurisdiction("郑州市", "city"), "gazette.txt", 300, 500, "x", preamble, sections,
                List.of());
    }

    private static Section section(String number, String path, String heading, int line, List<Paragraph> paragraphs,
                                   List<Section> children) {
        return new Section(number, path, heading, path.split("/").length, line, paragraphs, children);
    }

    @Test
    void should_give_a_trailing_responsible_line_to_the_heading_and_every_paragraph_and_clause_of_its_block() {
        // given a section laid out like the manufacturing plan: direction, path, key tasks, then 责任单位
        Section electronics = section("（一）", "二/（一）", "电子信息产业", 352, List.of(
                new Paragraph("主攻方向：以龙头带动、集群配套为抓手，重点发展智能终端、智能传感器、信息安全芯片等领域。", 354),
                new Paragraph("重点任务：一是制定智能终端产业发展新三年行动计划，力争2018年手机产量达到3.5亿部。二是持续支持富士康集团业务深度拓展。", 360),
                new Paragraph("责任单位：市工信委、市发展改革委、市科技局，郑州航空港经济综合实验区、郑州高新区、金水区。", 362)),
                List.of());
        ParsedDocument doc = document(List.of(new Paragraph("各县（市、区）人民政府，市人民政府各部门，各有关单位：", 304),
                new Paragraph("现将《郑州市推进制造业供给侧结构性改革行动方案（2016-2018年）》印发给你们，请认真贯彻执行。", 306)),
                List.of(section("二", "二", "加快结构调整，提升终端高端供给水平", 348, List.of(), List.of(electronics))));

        // when
        ExtractedDocument extracted = EXTRACTOR.extract(doc);

        // then
        assertThat(extracted.tasks()).extracting(Task::id).containsExactly("郑政〔2017〕12号/二/（一）#352",
                "郑政〔2017〕12号/二/（一）#354", "郑政〔2017〕12号/二/（一）#360", "郑政〔2017〕12号/二/（一）#360.2");
        assertThat(extracted.tasks().get(3).text()).isEqualTo("二是持续支持富士康集团业务深度拓展。");
        assertThat(extracted.tasks()).allSatisfy(t -> {
            assertThat(t.responsibilities()).hasSize(6);
            assertThat(t.responsibilities().get(0).department()).isEqualTo("市工信委");
            assertThat(t.responsibilities().get(0).basis()).isEqualTo("first-listed");
        });
        assertThat(extracted.tasks().get(2).targets()).extracting(Target::metric, Target::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("手机产量", 2018));
        assertThat(extracted.departments()).extracting(Department::name).containsExactly("市工信委", "市发展改革委",
                "市科技局", "郑州航空港经济综合实验区", "郑州高新区", "金水区");
    }

    @Test
    void should_let_a_numbered_item_keep_its_own_labels_over_its_parents_and_its_heading_and_body_be_one_task() {
        // given a parent block line after two numbered items, the second of which has its own lines
        Section first = section("1", "三/1", "强化工业项目谋划", 10,
                List.of(new Paragraph("加大项目谋划力度，着力谋划一批“四力”型项目。", 10)), List.of());
        Section second = section("2", "三/2", "创新招商方式", 14, List.of(
                new Paragraph("大力创新工业招商方式，积极推进集群招商、链式招商。", 14),
                new Paragraph("牵头单位：市商务局、市工信委，责任单位：市发展改革委、市财政局。", 16),
                new Paragraph("完成时间：2017年12月底前", 17)), List.of());
        Section parent = section("三", "三", "重点工作", 8,
                List.of(new Paragraph("责任单位：市统计局、市财政局。", 20)), List.of(first, second));

        // when
        List<Task> tasks = EXTRACTOR.extract(document(List.of(), List.of(parent))).tasks();

        // then
        Task planning = tasks.stream().filter(t -> t.text().equals("强化工业项目谋划。加大项目谋划力度，着力谋划一批“四力”型项目。")).findFirst().orElseThrow();
        Task investment = tasks.stream().filter(t -> t.text().startsWith("创新招商方式。大力创新")).findFirst().orElseThrow();
        assertThat(planning.responsibilities()).extracting(Responsibility::department).containsExactly("市统计局", "市财政局");
        assertThat(investment.responsibilities()).extracting(Responsibility::department, Responsibility::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("市商务局", Role.LEADS),
                        org.assertj.core.groups.Tuple.tuple("市工信委", Role.LEADS),
                        org.assertj.core.groups.Tuple.tuple("市发展改革委", Role.SUPPORTS),
                        org.assertj.core.groups.Tuple.tuple("市财政局", Role.SUPPORTS));
        assertThat(investment.deadline()).isEqualTo(new Deadline(LocalDate.of(2017, 12, 31), "month", "2017年12月底前"));
        assertThat(tasks).extracting(Task::text).doesNotContain("重点工作");
    }

    @Test
    void should_extract_nothing_but_fail_nowhere_on_an_empty_or_untitled_document() {
        ParsedDocument empty = new ParsedDocument("x.txt#1", null, null, null, null, Jurisdiction.UNKNOWN, "x.txt", 1, 1, "x", List.of(),
                List.of(section("一", "一", null, 1, List.of(new Paragraph("（）", 2)), List.of())), List.of());

        ExtractedDocument extracted = EXTRACTOR.extract(empty);

        assertThat(extracted.tasks()).isEmpty();
        assertThat(extracted.citations()).isEmpty();
        assertThat(extracted.departments()).isEmpty();
    }
}
