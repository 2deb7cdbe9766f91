package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 专栏 boxes of the five-year plans in the shipped gazette become sections titled by the box, holding its items. */
class BoxOutlineTest {
    private static List<ParsedDocument> gazette;

    @BeforeAll
    static void parse() {
        gazette = new CorpusParser().parse(CorpusParserTest.CORPUS.resolve(CorpusParserTest.GAZETTE));
    }

    @Test
    void should_make_a_box_with_a_label_title_a_section_of_its_items_and_end_it_at_the_next_outer_item() {
        Section box = sectionNumbered("专栏7");

        assertThat(box.heading()).isEqualTo("重大文化产业项目");
        assertThat(box.line()).isEqualTo(3706);
        List<Section> items = box.children().stream().filter(c -> !c.number().startsWith("专栏")).toList();
        assertThat(items).extracting(Section::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(items.get(0).heading()).isEqualTo("郑州华强文化科技产业基地项目");
        assertThat(items.get(10).heading()).isEqualTo("中原（国际）版权交易中心项目");
        assertThat(items.get(1).path()).isEqualTo(box.path() + "/2");

        Section chapter = parentOf(box);
        assertThat(chapter.heading()).isEqualTo("推动文化产业成为国民经济支柱性产业");
        Section fifth = chapter.children().stream().filter(c -> c.heading().equals("大力推进新型文化业态发展"))
                .findFirst().orElseThrow();
        assertThat(fifth.path()).isEqualTo(chapter.path() + "/5");
        assertThat(fifth.line()).isEqualTo(3735);
    }

    @Test
    void should_open_a_sub_section_of_the_box_at_a_label_followed_by_a_restarted_numbering() {
        Section box = sectionNumbered("专栏7");

        Section parks = box.children().get(box.children().size() - 1);
        assertThat(parks.heading()).isEqualTo("重点文化产业园区和基地项目");
        assertThat(parks.children()).extracting(Section::heading)
                .containsExactly("郑州国际文化创意产业园", "中原科技创新文化产业园区", "商都历史文化区");
    }

    @Test
    void should_title_a_box_by_the_text_after_its_colon() {
        Section box = sectionNumbered("专栏一");

        assertThat(box.heading()).isEqualTo("重点建设的公共平台和企业技术平台");
        assertThat(box.children()).extracting(Section::number).containsExactly("1", "2", "3", "4", "5");
        assertThat(box.children().get(0).heading()).startsWith("技术支撑平台：");
        assertThat(box.children().get(4).heading()).startsWith("技术创新联盟：");
        assertThat(parentOf(box).heading()).isEqualTo("加强平台建设，提升企业创新能力");
        assertThat(parentOf(box).paragraphs()).extracting(Paragraph::text)
                .noneMatch(text -> text.contains("专栏"));
    }

    @Test
    void should_end_a_box_whose_list_an_outer_item_interrupts_and_keep_the_outer_numbering_unique() {
        Section box = sectionNumbered("专栏6");
        Section chapter = parentOf(box);

        assertThat(box.heading()).isEqualTo("重点文化产业");
        assertThat(box.children()).hasSize(8);
        assertThat(chapter.children()).extracting(Section::number)
                .containsExactly("1", "专栏5", "2", "专栏6", "4", "专栏7", "5", "专栏8");
        assertThat(chapter.children()).extracting(Section::path).noneMatch(path -> path.contains("#"));
    }

    @Test
    void should_keep_in_the_box_the_items_that_go_on_after_its_table() {
        Section box = sectionNumbered("专栏8");

        assertThat(box.children()).extracting(Section::heading)
                .containsExactly("郑州特色文化节会", "郑州铁路文化主题公园", "郑州历史文化街区保护和建设");
    }

    @Test
    void should_title_a_box_by_the_line_after_it_and_place_a_box_without_items_beside_the_item_it_follows() {
        Section box = all().filter(s -> s.number().equals("专栏3") && s.line() == 3622).findFirst().orElseThrow();

        assertThat(box.heading()).isEqualTo("郑州市民公共文化服务区“四个中心”");
        assertThat(box.paragraphs()).extracting(Paragraph::text).singleElement().asString()
                .startsWith("郑州市民公共文化服务区“四个中心”位于");
        assertThat(parentOf(box).heading()).isEqualTo("全面推进现代公共文化服务体系建设");
        Section item = parentOf(box).children().stream().filter(c -> c.heading().equals("提升公共文化服务科技水平"))
                .findFirst().orElseThrow();
        assertThat(item.children()).isEmpty();
    }

    @Test
    void should_leave_the_outer_items_after_a_box_of_one_paragraph_to_the_outer_section() {
        Section box = all().filter(s -> s.number().equals("专栏4") && s.line() == 4953).findFirst().orElseThrow();

        assertThat(box.heading()).isEqualTo("“工匠郑州”智能制造装备企业培育行动");
        assertThat(box.children()).isEmpty();
        assertThat(box.paragraphs()).extracting(Paragraph::text).singleElement().asString().startsWith("依托质量品牌建设");
        assertThat(parentOf(box).children()).extracting(Section::number).containsExactly("专栏4", "1", "2", "3", "4");
    }

    private static Section sectionNumbered(String number) {
        List<Section> found = all().filter(s -> s.number().equals(number)).toList();
        assertThat(found).as("sections numbered " + number).isNotEmpty();
        return found.stream().filter(s -> !s.children().isEmpty()).findFirst().orElse(found.get(0));
    }

    private static Section parentOf(Section child) {
        return all().filter(s -> s.children().contains(child)).findFirst().orElseThrow();
    }

    private static Stream<Section> all() {
        List<Section> out = new ArrayList<>();
        gazette.forEach(d -> d.sections().forEach(s -> collect(s, out)));
        return out.stream();
    }

    private static void collect(Section section, List<Section> out) {
        out.add(section);
        section.children().forEach(c -> collect(c, out));
    }
}
