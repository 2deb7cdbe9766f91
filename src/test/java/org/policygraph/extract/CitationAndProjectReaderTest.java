package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationAndProjectReaderTest {
    @Test
    void should_read_a_titled_citation_and_a_bare_number() {
        String text = "贯彻落实《河南省人民政府关于印发中国（郑州）跨境电子商务综合试验区建设实施方案的通知》（豫政〔2016〕28号），按照郑政办〔2016〕45 号文要求";

        assertThat(CitationReader.read(text, null)).containsExactly(
                new CitedDocument("豫政〔2016〕28号", "河南省人民政府关于印发中国（郑州）跨境电子商务综合试验区建设实施方案的通知"),
                new CitedDocument("郑政办〔2016〕45号", null));
    }

    @Test
    void should_normalise_spaces_brackets_and_the_doubled_place_typo() {
        assertThat(CitationReader.read("按照郑郑文〔2017〕44号和郑政文 [2017] 57 号执行", "郑政〔2017〕6号"))
                .extracting(CitedDocument::docNo).containsExactly("郑政文〔2017〕44号", "郑政文〔2017〕57号");
    }

    @Test
    void should_not_cite_the_document_itself() {
        assertThat(CitationReader.read("郑政〔2017〕12号", "郑政〔2017〕12号")).isEmpty();
    }

    @Test
    void should_read_the_members_of_a_project_list() {
        String clause = "一是以引带创，加快实施上汽乘用车、海马汽车第三工厂、宇通第三客车工厂等项目。";

        assertThat(ProjectReader.read(clause)).containsExactly("上汽乘用车", "海马汽车第三工厂", "宇通第三客车工厂");
    }

    @Test
    void should_read_a_named_project_after_a_building_verb() {
        String text = "推进中欧班列(郑州)“一干三支”铁海公多式联运国家示范工程建设,建成汽车整车、粮食进口口岸";

        assertThat(ProjectReader.read(text)).containsExactly("中欧班列(郑州)“一干三支”铁海公多式联运国家示范工程");
    }

    @Test
    void should_not_take_generic_project_words_for_names() {
        assertThat(ProjectReader.read("谋划一批产业关联度高、投资规模大的“四力”型项目，加快推进重点项目建设。")).isEmpty();
    }
}
