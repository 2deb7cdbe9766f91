package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCleanerTest {
    private final LineCleaner cleaner = new LineCleaner();

    @Test
    void should_remove_stray_spaces_inside_numbers_and_dates() {
        assertThat(cleaner.clean(1, "郑政文〔2017〕57 号 2017 年 3 月 21 日").text()).isEqualTo("郑政文〔2017〕57号2017年3月21日");
        assertThat(cleaner.clean(1, "郑政文 〔2017〕44号").text()).isEqualTo("郑政文〔2017〕44号");
    }

    @Test
    void should_write_ascii_punctuation_between_chinese_in_full_width() {
        assertThat(cleaner.clean(1, "各县 (市、区)人民政府,市人民政府各部门,各有关单位:").text())
                .isEqualTo("各县（市、区）人民政府，市人民政府各部门，各有关单位：");
        assertThat(cleaner.clean(1, "(一) 尊重历史，实事求是").text()).isEqualTo("（一）尊重历史，实事求是");
    }

    @Test
    void should_fold_full_width_spaces_digits_and_letters() {
        assertThat(cleaner.clean(1, "\u3000\u3000２０１７年，ＰＰＰ模式").text()).isEqualTo("2017年，PPP模式");
    }

    @Test
    void should_turn_ocr_latex_into_plain_text() {
        assertThat(cleaner.clean(1, "城市签约服务覆盖率 $\\geq 30\\%$，农村").text()).isEqualTo("城市签约服务覆盖率≥30%，农村");
        assertThat(cleaner.clean(1, "得分 = $5 \\times (\\text{实际签约额} / \\text{年度目标总额})$").text())
                .isEqualTo("得分=5×（实际签约额/年度目标总额）");
    }

    @Test
    void should_blank_page_markers_and_markdown_rules() {
        assertThat(cleaner.clean(145, "—4—").isBlank()).isTrue();
        assertThat(cleaner.clean(585, " —41— ").isBlank()).isTrue();
        assertThat(cleaner.clean(7, "---").isBlank()).isTrue();
    }

    @Test
    void should_drop_markdown_hashes_and_emphasis_and_keep_the_heading_on_its_own() {
        SourceLine heading = cleaner.clean(33, "#### 1. 开放步伐加快、**水平持续提升**");

        assertThat(heading.text()).isEqualTo("1.开放步伐加快、水平持续提升");
        assertThat(heading.standalone()).isTrue();
    }

    @Test
    void should_keep_a_truncated_line_without_its_replacement_char() {
        SourceLine truncated = cleaner.clean(8, "深入推进供给侧结构性改革，加快拓\uFFFD");

        assertThat(truncated.text()).isEqualTo("深入推进供给侧结构性改革，加快拓");
        assertThat(truncated.standalone()).isTrue();
    }
}
