package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.parse.CorpusParser;

/**
 * Notes that govern what follows them, in the wordings offices use (constructed in the manner of real plans): a
 * listing note (「列第一位的为牵头单位，下同」, 「排在首位的为牵头单位」, 「第一个为牵头部门，以下同」) is no unit and no
 * task, and the lists it governs keep their first unit as lead; a hand-off note gives a whole group of tasks to a
 * collective once (「以上任务由各县区人民政府负责」, 「本部分任务均由…各成员单位按职责分工负责」), never to an invented bureau.
 */
class StandingNotesTest {
    private static final Extractor EXTRACTOR = new Extractor(DepartmentDictionary.load());

    private static ExtractedDocument extract(String text) {
        return EXTRACTOR.extract(new CorpusParser().parse("plan.txt", text).get(0));
    }

    private static Task task(ExtractedDocument doc, String words) {
        return doc.tasks().stream().filter(t -> t.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("No task with " + words + " in " + doc.tasks()));
    }

    private static List<String> units(ExtractedDocument doc) {
        return doc.tasks().stream().flatMap(t -> t.responsibilities().stream()).map(Responsibility::asWritten).toList();
    }

    @Test
    void should_read_a_listing_note_in_any_wording_as_no_unit_and_keep_the_first_listed_lead() {
        for (String note : List.of("（列第一位的为牵头单位，下同）", "（排在首位的为牵头单位，下同）", "（第一个为牵头部门，以下同）",
                "（排名第一的单位为牵头单位，其余为配合单位，下同）", "，列在首位的为牵头单位，下同")) {
            String labelLine = "责任单位：县住建局、县财政局、各乡镇人民政府" + note;
            ExtractedDocument doc = extract("关于印发重点工作任务分解方案的通知\n一、重点工作任务\n"
                    + "1.实施城市更新行动，完成老旧小区改造30个。\n" + (note.startsWith("，") ? labelLine : "（" + labelLine + "）")
                    + "\n2.新建农村公路50公里，年底前完工。\n责任单位：县交通运输局、县财政局\n");
            assertThat(task(doc, "城市更新").responsibilities()).as(note)
                    .extracting(Responsibility::asWritten, Responsibility::role)
                    .containsExactly(tuple("县住建局", Role.LEADS), tuple("县财政局", Role.SUPPORTS),
                            tuple("各乡镇人民政府", Role.SUPPORTS));
            assertThat(task(doc, "农村公路").responsibilities()).as(note)
                    .extracting(Responsibility::asWritten, Responsibility::role)
                    .containsExactly(tuple("县交通运输局", Role.LEADS), tuple("县财政局", Role.SUPPORTS));
            assertThat(doc.tasks()).as(note).hasSize(2);
        }
    }

    @Test
    void should_take_a_listing_note_on_a_line_of_its_own_for_no_task() {
        ExtractedDocument doc = extract("""
                关于印发重点工作任务分解方案的通知
                （注：各项任务责任单位中，排在首位的为牵头单位，其他为配合单位。）
                一、重点工作任务
                1.实施城市更新行动，完成老旧小区改造30个。
                责任单位：县住建局、县财政局
                """);

        assertThat(doc.tasks()).extracting(Task::text).containsExactly("实施城市更新行动，完成老旧小区改造30个");
        assertThat(task(doc, "城市更新").responsibilities()).extracting(Responsibility::asWritten, Responsibility::role)
                .containsExactly(tuple("县住建局", Role.LEADS), tuple("县财政局", Role.SUPPORTS));
    }

    @Test
    void should_hand_the_tasks_above_a_note_to_the_collective_it_names_and_no_bureau() {
        ExtractedDocument doc = extract("""
                关于印发重点工作任务分解方案的通知
                一、乡村振兴
                （一）新建高标准农田2万亩。
                （二）完成农村户厕改造1000户。
                以上任务由各县区人民政府负责。
                二、城市建设
                （一）新建城市道路10公里。（牵头单位：市住建局）
                """);

        for (String words : List.of("高标准农田", "农村户厕")) {
            assertThat(task(doc, words).responsibilities()).extracting(Responsibility::asWritten)
                    .containsExactly("各县区人民政府");
        }
        assertThat(task(doc, "城市道路").responsibilities()).extracting(Responsibility::asWritten).containsExactly("市住建局");
        assertThat(doc.tasks()).noneMatch(t -> t.text().contains("以上任务"));
        assertThat(doc.departments()).extracting(Department::name).containsExactlyInAnyOrder("各县区人民政府", "市住建局");
    }

    @Test
    void should_hand_the_tasks_of_a_part_to_the_members_of_a_leading_group_named_under_its_heading() {
        ExtractedDocument doc = extract("""
                关于印发重点工作任务分解方案的通知
                一、优化营商环境
                本部分任务均由市优化营商环境工作领导小组各成员单位按职责分工负责。
                1.推行企业开办“一网通办”，全程网上办理时间压缩至1个工作日。
                2.开展涉企违规收费专项整治。
                二、民生保障
                3.新增城镇就业1.2万人。（牵头单位：市人社局）
                """);

        for (String words : List.of("一网通办", "涉企违规收费")) {
            assertThat(task(doc, words).responsibilities()).extracting(Responsibility::asWritten)
                    .containsExactly("市优化营商环境工作领导小组各成员单位");
        }
        assertThat(task(doc, "城镇就业").responsibilities()).extracting(Responsibility::asWritten).containsExactly("市人社局");
        assertThat(doc.tasks()).noneMatch(t -> t.text().contains("本部分任务"));
        assertThat(units(doc)).allMatch(u -> u.equals("市优化营商环境工作领导小组各成员单位") || u.equals("市人社局"));
    }

    @Test
    void should_never_give_a_collective_only_list_a_bureau_as_lead() {
        ExtractedDocument doc = extract("""
                关于印发重点工作任务分解方案的通知
                一、重点工作任务
                1.全面推行河长制，建立县乡村三级河长体系。【责任单位：各区、县级市政府】
                2.推进农村人居环境整治。
                责任单位：各乡镇人民政府、各街道办事处
                """);

        assertThat(task(doc, "河长制").responsibilities()).extracting(Responsibility::asWritten).containsExactly("各区、县级市政府");
        assertThat(task(doc, "人居环境").responsibilities()).extracting(Responsibility::asWritten)
                .containsExactly("各乡镇人民政府", "各街道办事处");
        assertThat(doc.departments()).allMatch(d -> d.kind().equals("collective"));
    }
}
