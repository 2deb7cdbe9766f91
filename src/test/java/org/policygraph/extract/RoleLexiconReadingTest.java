package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.policygraph.parse.CorpusParser;

/** Roles as offices of any place write them, read through the one lexicon (graph-import/roles.tsv). Constructed. */
class RoleLexiconReadingTest {
    private static final Extractor EXTRACTOR = new Extractor(DepartmentDictionary.load());

    private static ExtractedDocument extract(String text) {
        return EXTRACTOR.extract(new CorpusParser().parse("plan.txt", text).get(0));
    }

    private static Task task(ExtractedDocument doc, String words) {
        return doc.tasks().stream().filter(t -> t.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void should_read_lead_support_and_implementer_labels_of_any_office_each_line_its_own_role() {
        ExtractedDocument doc = extract("""
                关于印发重点工作任务分解方案的通知
                一、重点工作任务
                1.建设城市智慧停车平台，年底前建成运营。
                主责单位:市交通运输局
                协同部门：市公安局、市城管局
                实施主体：市城投集团有限公司
                """);

        assertThat(task(doc, "智慧停车").responsibilities())
                .extracting(Responsibility::asWritten, Responsibility::role)
                .containsExactly(tuple("市交通运输局", Role.LEADS), tuple("市公安局", Role.SUPPORTS),
                        tuple("市城管局", Role.SUPPORTS), tuple("市城投集团有限公司", Role.IMPLEMENTS));
    }

    @Test
    void should_make_people_of_a_leader_column_and_never_a_department() {
        ExtractedDocument doc = extract("""
                关于印发重点工作任务分解方案的通知
                | 序号 | 重点任务 | 分管县领导 | 牵头部门 | 配合部门 |
                | --- | --- | --- | --- | --- |
                | 1 | 新增托位400个以上 | 俞 悦 | 县教育局 | 县卫健委 |
                """);
        Task childcare = task(doc, "新增托位");

        assertThat(childcare.leaders()).extracting(Leader::name).containsExactly("俞悦");
        assertThat(childcare.responsibilities()).extracting(Responsibility::asWritten).containsExactly("县教育局", "县卫健委");
        assertThat(doc.departments()).extracting(Department::name).doesNotContain("俞悦", "俞 悦");
    }

    @Test
    void should_give_a_collective_only_list_no_invented_bureau() {
        ExtractedDocument doc = extract("""
                关于印发重点工作任务分解方案的通知
                一、重点工作任务
                1.全面推行河长制，建立县乡村三级河长体系。【责任单位：各区、县级市政府】
                """);

        assertThat(task(doc, "河长制").responsibilities()).extracting(Responsibility::asWritten)
                .containsExactly("各区、县级市政府");
    }
}
